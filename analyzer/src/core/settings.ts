import { z } from 'zod';
import { languageSchema, severitySchema } from './finding.js';
import { textPatternProblem } from './text-pattern.js';

/** Per rule: `off`, a severity, or an object with a severity. */
export const ruleSettingSchema = z.union(
  [z.literal('off'), severitySchema, z.strictObject({ severity: z.union([z.literal('off'), severitySchema]) })],
  { error: 'expected "off", "info", "warning", "error" or { "severity": … }' },
);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/** What a caller can tune; the config file (CLI) and the extension's options both produce this. */
export const analyzerSettingsSchema = z.strictObject({
  language: languageSchema.optional(),
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  /** Phrases that are never reported: a finding lying inside an occurrence of one is dropped. */
  ignore: z.array(z.string().min(1)).optional(),
  /** Extra placeholders for placeholder-name: literal strings, or `/regex/flags` (see core/text-pattern.ts). */
  placeholderPatterns: z
    .array(
      z.string().superRefine((source, context) => {
        const problem = textPatternProblem(source);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    )
    .optional(),
  /** Extra spinner substitutions for spun-word, spun → correct ({"泛博": "广大"}); matched as whole words, fixed by --fix. */
  spunWords: z.record(z.string().min(1), z.string().min(1)).optional(),
});
export type AnalyzerSettings = z.infer<typeof analyzerSettingsSchema>;

export function settingSeverity(setting: RuleSetting | undefined): z.infer<typeof severitySchema> | 'off' | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'string' ? setting : setting.severity;
}
