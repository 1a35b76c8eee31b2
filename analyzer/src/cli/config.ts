import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { severitySchema } from '../core/finding.js';
import { type AnalyzerSettings, analyzerSettingsSchema, type RuleSetting, ruleSettingSchema } from '../core/settings.js';
import { CONFIGURABLE_RULE_IDS, RULES, rulesConfiguredBy } from '../rules/index.js';
import { describeFileError } from './inputs/paths.js';
import { UsageError } from './usage-error.js';

export const CONFIG_FILE_NAME = 'tiankong.config.json';

/** Every id a config may name: current ids and the ids rules used to have. */
const RULE_IDS = CONFIGURABLE_RULE_IDS;

/**
 * What a config may set under a rule id: a severity, or one with the rule's
 * options, validated by the rule's own schema (`meta.options`). An old id
 * that now names several rules takes a severity only.
 */
function ruleEntrySchema(id: string): z.ZodType {
  const rules = rulesConfiguredBy(id);
  const options = rules.length === 1 ? rules[0]!.meta.options : undefined;
  if (!options) return ruleSettingSchema;
  return z.union(
    [
      z.literal('off'),
      severitySchema,
      z.strictObject({ severity: z.union([z.literal('off'), severitySchema]).optional(), options: options.optional() }),
    ],
    { error: 'expected "off", "info", "warning", "error" or { "severity": …, "options": … }' },
  );
}

/**
 * The old top-level spellings of rule options (`spunWords`), from each
 * rule's `meta.optionAliases`: validated and described by the option's own
 * field schema.
 */
const optionAliasSettings = Object.fromEntries(
  RULES.flatMap((rule) =>
    Object.entries(rule.meta.optionAliases ?? {}).map(([key, option]) => {
      const field = (rule.meta.options as unknown as { shape: Record<string, z.ZodType> }).shape[option]!;
      const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
      return [
        key,
        inner
          .optional()
          .describe(
            `Old spelling of rules["${rule.meta.id}"].options.${option}, still accepted. ${field.description ?? ''}`.trim(),
          ),
      ];
    }),
  ),
) as Record<string, z.ZodOptional<z.ZodType>>;

/**
 * `tiankong.config.json`: the analyzer settings, with `rules` spelled out
 * rule by rule (so an unknown id is an error and editors can complete the
 * ids and each rule's options from the JSON Schema), the old top-level
 * option keys, plus an optional `$schema` for editors. Built from the rules'
 * meta, so nothing here is described twice.
 */
export const configSchema = z.strictObject({
  language: analyzerSettingsSchema.shape.language,
  rules: z
    .strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, ruleEntrySchema(id).optional().describe(describeRuleId(id))])))
    .optional()
    .describe('Per rule id: "off", "info", "warning", "error" or { "severity": …, "options": { … } }.'),
  ignore: analyzerSettingsSchema.shape.ignore,
  ...optionAliasSettings,
  $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editor completion.'),
});
export type Config = z.infer<typeof configSchema>;

/** What a setting under `id` does: the rule's description, or which rules an old id now sets. */
function describeRuleId(id: string): string {
  const rules = rulesConfiguredBy(id);
  const [rule] = rules;
  if (rules.length === 1 && rule!.meta.id === id) {
    return `${rule!.meta.description.zh} ${rule!.meta.description.en} Default: ${rule!.meta.defaultSeverity}.`;
  }
  if (rules.length === 1) {
    return `(old id of ${rule!.meta.id}) ${rule!.meta.description.zh} ${rule!.meta.description.en} Default: ${rule!.meta.defaultSeverity}.`;
  }
  const ids = rules.map((part) => part.meta.id).join(', ');
  return `(old id, split into ${ids}) Sets all of them; a setting under one of their own ids wins. 旧规则名，已拆分为 ${ids}：设置它即设置这几条规则，单独设置某条规则时以单独设置为准。`;
}

const CONFIG_KEYS = Object.keys(configSchema.shape);

/** The JSON Schema of the config file, generated from the zod schema (shipped as schema/tiankong.config.schema.json). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { target: 'draft-07' }),
    title: 'Tiankong configuration (tiankong.config.json)',
  };
}

export function parseConfig(value: unknown, source: string): Config {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${describeIssue(issue)}`);
  throw new UsageError(`Invalid configuration in ${source}:\n${problems.join('\n')}`);
}

/** One line per problem: the key, what is wrong, and what is allowed there. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : '(root)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    const prefix = issue.path.length ? `${where}.` : '';
    if (issue.path.length === 1 && issue.path[0] === 'rules') {
      return `${prefix}${issue.keys.join(', ')}: unknown rule ${keys}; known rules: ${RULE_IDS.join(', ')}`;
    }
    if (issue.path.length === 0) return `${issue.keys.join(', ')}: unknown key ${keys}; allowed keys: ${CONFIG_KEYS.join(', ')}`;
    return `${prefix}${issue.keys.join(', ')}: unknown key ${keys}`;
  }
  return `${where}: ${issue.message}`;
}

/**
 * Reads a config file. Like tsconfig.json it may contain comments and
 * trailing commas (`tiankong init` writes a commented one).
 */
export function loadConfigFile(path: string): Config {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read config file ${path}: ${describeFileError(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(stripJsonComments(raw.startsWith('\uFEFF') ? raw.slice(1) : raw));
  } catch (error) {
    throw new UsageError(`Config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseConfig(value, path);
}

/**
 * JSON with comments → JSON: `//` and `/* *\/` comments become spaces and
 * trailing commas are dropped, outside strings only. Line breaks are kept,
 * so JSON.parse's positions still point at the right line.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    const comment = commentEnd(text, index);
    if (comment > index) {
      out += text.slice(index, comment).replace(/[^\n]/gu, ' ');
      index = comment;
    } else if (character === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      out += text.slice(index, end + 1);
      index = end + 1;
    } else {
      out += character === ',' && closesNext(text, index + 1) ? ' ' : character;
      index++;
    }
  }
  return out;
}

/** End of the comment starting at `index`, or `index` when none starts there. */
function commentEnd(text: string, index: number): number {
  if (text[index] !== '/') return index;
  if (text[index + 1] === '/') {
    const end = text.indexOf('\n', index);
    return end < 0 ? text.length : end;
  }
  if (text[index + 1] === '*') {
    const end = text.indexOf('*/', index + 2);
    return end < 0 ? text.length : end + 2;
  }
  return index;
}

/** Whether the next thing after `index`, past blanks and comments, closes an object or array. */
function closesNext(text: string, index: number): boolean {
  while (index < text.length) {
    const comment = commentEnd(text, index);
    if (comment > index) index = comment;
    else if (/\s/u.test(text[index]!)) index++;
    else return text[index] === '}' || text[index] === ']';
  }
  return false;
}

/** The nearest `tiankong.config.json` in `directory` or above it, or undefined. */
export function findConfigFile(directory: string): string | undefined {
  for (let current = resolve(directory); ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** `--rule blank-number=off` / `--rule vague-quantity=error`. */
export function parseRuleFlag(flag: string): [string, string] {
  const match = /^([a-z0-9-]+)=(off|info|warning|error)$/u.exec(flag.trim());
  if (!match) throw new UsageError(`--rule expects <rule-id>=<off|info|warning|error>, got "${flag}"`);
  if (!RULE_IDS.includes(match[1]!)) {
    throw new UsageError(`--rule: unknown rule "${match[1]}"; known rules: ${RULE_IDS.join(', ')}`);
  }
  return [match[1]!, match[2]!];
}

export interface SettingsOptions {
  /** `--config FILE`: use this file for every input instead of looking for one. */
  config?: string;
  /** `--rule id=severity` flags, applied over the config file. */
  rule?: readonly string[];
  /** `--language`, applied over the config file. */
  language?: AnalyzerSettings['language'];
  /** Where standard input's config search starts; the current directory by default. */
  cwd?: string;
}

export interface ResolvedSettings {
  settings: AnalyzerSettings;
  /** The config file these settings came from, if any. */
  configPath?: string;
}

/**
 * The settings for each input: `--config` if given, else the nearest
 * `tiankong.config.json` above the file (above the current directory for
 * standard input), with `--rule` and `--language` on top. Config files are
 * read once each; an invalid one stops the run (exit 2).
 */
export function createSettingsResolver(options: SettingsOptions): (path: string | undefined) => ResolvedSettings {
  const flagRules: Record<string, RuleSetting> = {};
  for (const flag of options.rule ?? []) {
    const [id, severity] = parseRuleFlag(flag);
    flagRules[id] = severity as RuleSetting;
  }
  const loaded = new Map<string, Config>();
  const load = (path: string): Config => {
    let config = loaded.get(path);
    if (!config) {
      config = loadConfigFile(path);
      loaded.set(path, config);
    }
    return config;
  };
  const explicit = options.config ? load(options.config) : undefined;
  const foundByDirectory = new Map<string, string | undefined>();

  return (path) => {
    let configPath = options.config;
    if (!explicit) {
      const directory = path === undefined ? resolve(options.cwd ?? process.cwd()) : dirname(resolve(path));
      if (!foundByDirectory.has(directory)) foundByDirectory.set(directory, findConfigFile(directory));
      configPath = foundByDirectory.get(directory);
    }
    const config = explicit ?? (configPath ? load(configPath) : {});
    const { $schema: _schema, ...settings } = config;
    const resolved: AnalyzerSettings = {
      ...settings,
      rules: { ...config.rules, ...flagRules } as Record<string, RuleSetting>,
      language: options.language ?? config.language,
    };
    return configPath ? { settings: resolved, configPath } : { settings: resolved };
  };
}
