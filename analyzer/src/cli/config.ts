import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyzerSettingsSchema } from '../core/settings.js';
import { findRule, RULES } from '../rules/index.js';
import { UsageError } from './usage-error.js';

/** `tiankong.config.json`: the analyzer settings plus an optional `$schema` for editors. */
export const configSchema = analyzerSettingsSchema.extend({ $schema: z.string().optional() }).superRefine((config, context) => {
  for (const id of Object.keys(config.rules ?? {})) {
    if (!findRule(id)) {
      context.addIssue({
        code: 'custom',
        path: ['rules', id],
        message: `unknown rule "${id}"; known rules: ${RULES.map((rule) => rule.meta.id).join(', ')}`,
      });
    }
  }
});
export type Config = z.infer<typeof configSchema>;

const CONFIG_KEYS = ['$schema', ...Object.keys(analyzerSettingsSchema.shape)];

export function parseConfig(value: unknown, source: string): Config {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    const allowed =
      issue.code === 'unrecognized_keys' && issue.path.length === 0 ? `; allowed keys: ${CONFIG_KEYS.join(', ')}` : '';
    return `  ${where}: ${issue.message}${allowed}`;
  });
  throw new UsageError(`Invalid configuration in ${source}:\n${problems.join('\n')}`);
}

export function loadConfigFile(path: string): Config {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`Config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseConfig(value, path);
}

/** `--rule blank-number=off` / `--rule vague-quantity=error`. */
export function parseRuleFlag(flag: string): [string, string] {
  const match = /^([a-z0-9-]+)=(off|info|warning|error)$/u.exec(flag.trim());
  if (!match) throw new UsageError(`--rule expects <rule-id>=<off|info|warning|error>, got "${flag}"`);
  if (!findRule(match[1]!)) {
    throw new UsageError(`--rule: unknown rule "${match[1]}"; known rules: ${RULES.map((rule) => rule.meta.id).join(', ')}`);
  }
  return [match[1]!, match[2]!];
}
