/**
 * No regular expression of the analyzer may backtrack catastrophically: a
 * draft is pasted text of any shape, and one line of 10 000 spaces must not
 * hang the lint step or the editor. Every regex literal in analyzer/src and
 * every RegExp the code builds at run time is checked with recheck (its
 * pure-JavaScript checker, no native binary or JVM needed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SOURCE_DIRECTORY = join(import.meta.dirname, '../src');
const require = createRequire(import.meta.url);
const { checkSync } = require('recheck') as typeof import('recheck');

interface FoundRegex {
  /** Where it is written, relative to analyzer/src. */
  file: string;
  source: string;
  flags: string;
}

/**
 * Reported as vulnerable by recheck, but only ever run on a string of bounded
 * length, where even quadratic time is a handful of steps. Each entry says
 * where that bound comes from; an entry that no longer matches a regex fails
 * the test, so the list cannot go stale.
 */
const BOUNDED_INPUT: Array<FoundRegex & { why: string }> = [
  {
    file: 'rules/placeholder-date.ts',
    source: String.raw`\s+$`,
    flags: 'u',
    why: 'hasNumberBefore() trims the 8 characters before a date part',
  },
  {
    file: 'rules/placeholder-name.ts',
    source: '[0-9]+$',
    flags: 'u',
    why: 'isLatinPlaceholder() reads the 3 characters before a placeholder',
  },
];

/**
 * recheck's fuzzing checker, seeded so that CI is repeatable, with smaller
 * budgets than its defaults: the regexes here are short, and the whole check
 * stays within seconds. Automata-based checking, exact, is used wherever the
 * regex allows it.
 */
const RECHECK_PARAMETERS = {
  randomSeed: 20261121,
  timeout: 10_000,
  maxIteration: 3,
  seedingLimit: 300,
  incubationLimit: 5_000,
  attackLimit: 300_000,
} as const;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every `/…/flags` literal in the source, found by the TypeScript parser (not by a regex over code). */
function regexLiterals(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const path of sourceFiles(SOURCE_DIRECTORY)) {
    const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const lastSlash = literal.lastIndexOf('/');
        found.push({
          file: relative(SOURCE_DIRECTORY, path),
          source: literal.slice(1, lastSlash),
          flags: literal.slice(lastSlash + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

/**
 * Every RegExp the analyzer builds with `new RegExp(…)` (from word lists,
 * shared fragments): RegExp is watched while the modules load and while they
 * analyse every fixture with every rule on.
 */
async function constructedRegexes(): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const OriginalRegExp = globalThis.RegExp;
  const record = (expression: RegExp): RegExp => {
    const caller = new Error().stack?.split('\n').find((line) => line.includes(SOURCE_DIRECTORY));
    const path = caller?.match(/\((.*?\.ts):\d+:\d+\)$/u)?.[1] ?? caller?.match(/at (.*?\.ts):\d+:\d+$/u)?.[1];
    if (path) found.push({ file: relative(SOURCE_DIRECTORY, path), source: expression.source, flags: expression.flags });
    return expression;
  };
  globalThis.RegExp = new Proxy(OriginalRegExp, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget)),
    apply: (target, thisArgument, args) => record(Reflect.apply(target, thisArgument, args)),
  });
  try {
    const analyzer = await import('../src/index.js');
    const { listFixtures } = await import('./helpers/fixtures.js');
    const segmenter = analyzer.loadNodeJieba();
    const everyRule = Object.fromEntries(analyzer.RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));
    for (const fixture of listFixtures()) analyzer.analyze(fixture.text, { segmenter, rules: everyRule });
  } finally {
    globalThis.RegExp = OriginalRegExp;
  }
  return found;
}

function describeVerdict(regex: FoundRegex, diagnostics: ReturnType<typeof checkSync>): string {
  const where = `${regex.file}: /${regex.source}/${regex.flags}`;
  if (diagnostics.status === 'vulnerable') {
    const attack = JSON.stringify(diagnostics.attack.string.slice(0, 30));
    return `${where} is ${diagnostics.complexity.summary} on input like ${attack}…`;
  }
  if (diagnostics.status === 'unknown') return `${where}: recheck could not decide (${diagnostics.error.kind})`;
  return `${where} is safe`;
}

describe('regular expressions', () => {
  it('never backtrack catastrophically (recheck)', { timeout: 180_000 }, async () => {
    const all = [...regexLiterals(), ...(await constructedRegexes())];
    const unique = [...new Map(all.map((regex) => [`${regex.file}\u0000${regex.source}\u0000${regex.flags}`, regex])).values()];
    expect(unique.length).toBeGreaterThan(20);
    const problems: string[] = [];
    const usedExceptions = new Set<(typeof BOUNDED_INPUT)[number]>();
    for (const regex of unique) {
      // The d flag (match indices) does not change how a regex matches; recheck does not know it.
      const diagnostics = checkSync(regex.source, regex.flags.replace('d', ''), RECHECK_PARAMETERS);
      if (diagnostics.status === 'safe') continue;
      const exception = BOUNDED_INPUT.find(
        (entry) => entry.file === regex.file && entry.source === regex.source && entry.flags === regex.flags,
      );
      if (exception && diagnostics.status === 'vulnerable') usedExceptions.add(exception);
      else problems.push(describeVerdict(regex, diagnostics));
    }
    // Rewrite a vulnerable regex (e.g. trimEnd() for /\s+$/, possessive-style [^x]*x instead of .*?x), or bound its input and list it above.
    expect(problems).toEqual([]);
    expect(BOUNDED_INPUT.filter((entry) => !usedExceptions.has(entry)).map((entry) => entry.file)).toEqual([]);
  });
});
