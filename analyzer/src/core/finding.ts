import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);

/** Higher is more severe: a rule may lower a finding's severity, never raise it, and lists show the most severe first. */
export const SEVERITY_RANK: Readonly<Record<(typeof SEVERITIES)[number], number>> = { info: 0, warning: 1, error: 2 };
export type Severity = z.infer<typeof severitySchema>;

export const LANGUAGES = ['zh', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/**
 * The digits a rule's fix may take with it (`RuleMeta.fixDigits`). Without
 * one, the fix policy (core/fix.ts) refuses a fix that adds, removes or
 * changes a digit. `deleted-with-span`: a fix that deletes the finding's
 * whole span (and at most the line break or comma around it) may delete the
 * digits inside the span — template residue, whose digits are the website's.
 */
export const FIX_DIGIT_PERMISSIONS = ['deleted-with-span'] as const;
export const fixDigitPermissionSchema = z.enum(FIX_DIGIT_PERMISSIONS);
export type FixDigitPermission = z.infer<typeof fixDigitPermissionSchema>;

/** A change that can be applied without asking: replace `length` code units at `offset` by `text`. */
export const fixSchema = z.object({
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  text: z.string(),
  /** Copied from the rule's `meta.fixDigits`, so a shell without the rules (the extension's card) judges the fix the same way. */
  digits: fixDigitPermissionSchema.optional(),
});
export type Fix = z.infer<typeof fixSchema>;

/**
 * One finding, LanguageTool-compatible: `offset`/`length` are UTF-16 code
 * units into the analysed text and `text === input.slice(offset, offset + length)`.
 * `line`/`column` are 1-based; the column counts UTF-16 code units like the offset.
 */
export const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  text: z.string(),
  message: z.string(),
  replacements: z.array(z.string()),
  /** Stable id of the message template, for tests and integrations; the wording may change. */
  messageId: z.string(),
  category: z.string(),
  /** Present only when the rule marks this change safe to apply automatically (`tiankong lint --fix`). */
  fix: fixSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;
