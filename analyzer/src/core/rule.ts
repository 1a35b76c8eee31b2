import type { AnalysisDocument } from './document.js';
import type { FixDigitPermission, Language, Severity } from './finding.js';
import type { AnalyzerSettings } from './settings.js';

export type LocalizedText = Record<Language, string>;

export const RULE_CATEGORIES = ['gap', 'structure', 'residue', 'integrity', 'style'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export interface RuleMeta<MessageId extends string = string> {
  /** Stable id, the rule's file name; never reused. */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  description: LocalizedText;
  /** Message templates; `{name}` is replaced by `data.name` of the report. */
  messages: Record<MessageId, LocalizedText>;
  /** `safe`: the rule attaches fixes that `--fix` may apply unasked; `suggestion`: replacements only. */
  fixable: 'safe' | 'suggestion' | false;
  /**
   * Digits the rule's fixes may take with them; without it a fix that
   * touches a digit is refused (core/fix.ts). See {@link FixDigitPermission}.
   */
  fixDigits?: FixDigitPermission;
  /** Earlier ids of this rule, still accepted in configuration. */
  deprecatedIds?: string[];
  /**
   * What the rule's findings may depend on. `paragraph`: only the paragraph
   * (line) they lie in — the analyzer runs the rule on each paragraph alone,
   * as a document of one line, so it cannot see the neighbours, and an editor
   * re-checks only the paragraphs an edit touched. `document` (the default,
   * so a rule nobody classified is still correct): anything in the text —
   * the outline, numbering across sections, text repeated across
   * paragraphs; the rule runs on the whole text after every edit.
   */
  scope?: RuleScope;
}

export const RULE_SCOPES = ['paragraph', 'document'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export interface RuleReport<MessageId extends string = string> {
  offset: number;
  length: number;
  messageId: MessageId;
  data?: Record<string, string | number>;
  replacements?: string[];
  /** The text that replaces the span when the fix is safe to apply unasked. */
  fix?: { offset: number; length: number; text: string };
  /** Lower (never raise) the configured severity for a weaker case, e.g. an idiom reported as `info`. */
  severity?: Severity;
}

export interface RuleContext<MessageId extends string = string> {
  readonly document: AnalysisDocument;
  /** The caller's settings (from the config file or the extension's options), for rules that take data such as extra word pairs. */
  readonly settings: Readonly<AnalyzerSettings>;
  report(report: RuleReport<MessageId>): void;
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(context: RuleContext<MessageId>): void;
}

/** Identity helper that keeps message ids type-checked between `meta.messages` and `report()`. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}
