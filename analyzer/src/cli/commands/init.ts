import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { RULES } from '../../rules/index.js';
import { CONFIG_FILE_NAME, configJsonSchema } from '../config.js';
import { describeFileError } from '../inputs/paths.js';
import { UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';

/** The JSON Schema shipped with the package (analyzer/schema/), next to dist/ and src/. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/tiankong.config.schema.json', import.meta.url));
const INSTALLED_SCHEMA = join('node_modules', 'tiankong', 'schema', 'tiankong.config.schema.json');

/** Keys the starter config writes out; any other setting is listed from the schema, commented out. */
const WRITTEN_KEYS = new Set(['$schema', 'language', 'rules', 'ignore']);
/** Old top-level spellings of rule options: accepted, never suggested. */
const OPTION_ALIASES = new Set(RULES.flatMap((rule) => Object.keys(rule.meta.optionAliases ?? {})));

/** `tiankong init [directory]`: writes a commented starter `tiankong.config.json`. */
export function registerInitCommand(program: Command, { io }: CommandContext): void {
  program
    .command('init')
    .description(`write a commented starter ${CONFIG_FILE_NAME} (in the current directory by default)`)
    .argument('[directory]', 'where to write it', '.')
    .option('--force', 'overwrite an existing config file')
    .action((directory: string, options: { force?: boolean }) => {
      const path = join(directory, CONFIG_FILE_NAME);
      if (existsSync(path) && !options.force) {
        throw new UsageError(`${path} already exists; use --force to overwrite it`);
      }
      try {
        mkdirSync(directory, { recursive: true });
        writeFileSync(path, starterConfig(schemaReference(directory)));
      } catch (error) {
        throw new UsageError(`Cannot write ${path}: ${describeFileError(error)}`);
      }
      io.stdout.write(`Wrote ${path}\n`);
    });
}

/**
 * The rules' options, from their meta: how to set them under the rule, and
 * what each one does (its `.describe()`), commented out with its default.
 */
function optionLines(): string[] {
  const withOptions = RULES.filter((rule) => rule.meta.options);
  if (withOptions.length === 0) return [];
  const lines = ['  // Rules with options take them under the rule, next to the severity:'];
  for (const rule of withOptions) {
    const schema = rule.meta.options as unknown as {
      shape: Record<string, { description?: string }>;
      parse(value: unknown): unknown;
    };
    for (const [name, field] of Object.entries(schema.shape))
      lines.push(`  // ${rule.meta.id} → ${name}: ${field.description ?? ''}`);
    const example = { severity: rule.meta.defaultSeverity, options: schema.parse({}) };
    lines.push(`  //   "${rule.meta.id}": ${JSON.stringify(example).replaceAll('":', '": ').replaceAll(',"', ', "')},`);
  }
  return lines;
}

/** Where editors find the schema from `directory`: the installed package if there is one above it, else this package's copy. */
function schemaReference(directory: string): string {
  let schema = SCHEMA_FILE;
  for (let current = resolve(directory); ; current = dirname(current)) {
    if (existsSync(join(current, INSTALLED_SCHEMA))) {
      schema = join(current, INSTALLED_SCHEMA);
      break;
    }
    if (dirname(current) === current) break;
  }
  const path = relative(resolve(directory), schema).replace(/\\/gu, '/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The starter config: every setting, with what it does and the default of
 * every rule, as JSON with comments (Tiankong reads comments and trailing
 * commas, like tsconfig.json).
 */
export function starterConfig(schemaPath: string): string {
  const width = Math.max(...RULES.map((rule) => rule.meta.id.length)) + 3;
  const ruleLines = RULES.map((rule, index) => {
    const entry = `"${rule.meta.id}": "${rule.meta.defaultSeverity}"${index < RULES.length - 1 ? ',' : ''}`;
    return `    ${entry.padEnd(width + 11)} // ${rule.meta.description.zh}`;
  });
  const otherSettings = Object.entries(
    (configJsonSchema().properties ?? {}) as Record<string, { type?: string; description?: string }>,
  )
    .filter(([key]) => !WRITTEN_KEYS.has(key) && !OPTION_ALIASES.has(key))
    .flatMap(([key, property]) => [
      '',
      `  // ${property.description ?? `${key}: see the README, "Configuration".`}`,
      `  // "${key}": ${property.type === 'array' ? '[]' : property.type === 'object' ? '{}' : '…'},`,
    ]);
  return `// 填空 Tiankong configuration. Tiankong uses the nearest ${CONFIG_FILE_NAME} above each file it checks.
// Comments and trailing commas are allowed, as in tsconfig.json.
{
  // Lets editors complete and check this file.
  "$schema": "${schemaPath}",

  // Language of the messages: "zh" (default) or "en".
  "language": "zh",

  // Each rule: "off", "info", "warning" or "error" (the values below are the defaults).
  // Exit code 1 means at least one "error"; warnings fail a run only with --max-warnings.
  "rules": {
${ruleLines.join('\n')}
  },

${optionLines().join('\n')}

  // Phrases never reported: a finding that lies inside one of them is dropped,
  // e.g. a real name that looks like a placeholder ("XX同志" in a quoted template).
  "ignore": [],${otherSettings.map((line) => `\n${line}`).join('')}
}
`;
}
