/**
 * The "Options" table of each rule's docs page, generated from the rule's
 * `meta.options` (zod: each field's type, default and `.describe()`), so the
 * docs, the config's JSON Schema and `tiankong init` never describe an
 * option twice. `npm run docs -w analyzer` rewrites the tables;
 * test/rule-docs.test.ts fails when a page's table is not the generated one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Rule } from '../src/core/rule.js';
import { RULES } from '../src/rules/index.js';

export const DOCS_DIRECTORY = fileURLToPath(new URL('../docs/rules/', import.meta.url));
const START = '<!-- options: generated from meta.options by `npm run docs -w analyzer`; edit the rule, not this table -->';
const END = '<!-- /options -->';

export function docsPath(rule: Rule): string {
  return `${DOCS_DIRECTORY}${rule.meta.id}.md`;
}

/** The generated block of a rule with options, or undefined for a rule without. */
export function optionsBlock(rule: Rule): string | undefined {
  const schema = rule.meta.options as unknown as z.ZodObject | undefined;
  if (!schema) return undefined;
  const defaults = schema.parse({}) as Record<string, unknown>;
  const rows = Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as { type?: string };
    const type = json.type === 'object' ? 'object (text → text)' : json.type === 'array' ? 'array of text' : (json.type ?? '');
    return `| \`${name}\` | ${type} | \`${JSON.stringify(defaults[name])}\` | ${(field as z.ZodType).description ?? ''} |`;
  });
  const example = { rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity, options: defaults } } };
  const aliases = Object.entries(rule.meta.optionAliases ?? {}).map(
    ([key, option]) =>
      `The old top-level key \`${key}\` still sets \`${option}\` (旧写法 \`${key}\` 仍可使用); a value under the rule wins.`,
  );
  return [
    START,
    '| option | type | default | what it does |',
    '|---|---|---|---|',
    ...rows,
    '',
    'Set under the rule in `tiankong.config.json` (在配置文件中写在规则之下):',
    '',
    '```json',
    JSON.stringify(example),
    '```',
    ...(aliases.length ? ['', ...aliases] : []),
    END,
  ].join('\n');
}

/** The page's current generated block (between the markers), if any. */
export function currentOptionsBlock(markdown: string): string | undefined {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  return start >= 0 && end > start ? markdown.slice(start, end + END.length) : undefined;
}

/** The page with its block replaced, or added right under an "## Options" heading (made before "## Messages" if missing). */
export function withOptionsBlock(markdown: string, block: string): string {
  const current = currentOptionsBlock(markdown);
  if (current) return markdown.replace(current, block);
  if (markdown.includes('\n## Options\n')) return markdown.replace('\n## Options\n', `\n## Options\n\n${block}\n`);
  return markdown.replace('\n## Messages\n', `\n## Options\n\n${block}\n\n## Messages\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const rule of RULES) {
    const block = optionsBlock(rule);
    if (!block) continue;
    const path = docsPath(rule);
    const before = readFileSync(path, 'utf8');
    const after = withOptionsBlock(before, block);
    if (after !== before) {
      writeFileSync(path, after);
      console.log(`wrote the options of ${rule.meta.id} in ${path}`);
    }
  }
}
