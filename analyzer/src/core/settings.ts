import { z } from 'zod';
import { languageSchema, severitySchema } from './finding.js';

/**
 * Per rule: `off`, a severity, or an object with a severity and the rule's
 * options (checked against the rule's own schema, `meta.options`, by the
 * config and by the analysis).
 */
export const ruleSettingSchema = z.union(
  [
    z.literal('off'),
    severitySchema,
    z.strictObject({ severity: z.union([z.literal('off'), severitySchema]).optional(), options: z.unknown().optional() }),
  ],
  { error: 'expected "off", "info", "warning", "error" or { "severity": …, "options": … }' },
);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/**
 * What a caller can tune; the config file (CLI) and the extension's options
 * both produce this. Other keys are the old top-level spellings of rule
 * options (a rule's `meta.optionAliases`, such as `spunWords`): the core
 * passes them to their rule, which validates them; the config file, built
 * from the rules' meta, rejects any other key.
 */
export const analyzerSettingsSchema = z.looseObject({
  language: languageSchema.optional().describe('Language of the messages: "zh" (default) or "en".'),
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  ignore: z
    .array(z.string().min(1))
    .optional()
    .describe('Phrases never reported: a finding lying inside an occurrence of one of them is dropped.'),
});
export type AnalyzerSettings = z.infer<typeof analyzerSettingsSchema>;

export function settingSeverity(setting: RuleSetting | undefined): z.infer<typeof severitySchema> | 'off' | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'string' ? setting : setting.severity;
}

/** The options a rule setting carries, if any. */
export function settingOptions(setting: RuleSetting | undefined): unknown {
  return typeof setting === 'object' ? setting.options : undefined;
}
