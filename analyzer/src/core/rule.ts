import type { z } from 'zod';
import type { AnalysisDocument } from './document.js';
import type { FixDigitPermission, Language, Severity } from './finding.js';
import type { AnalyzerSettings } from './settings.js';

export type LocalizedText = Record<Language, string>;

export const RULE_CATEGORIES = ['gap', 'structure', 'residue', 'integrity', 'style'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export interface RuleMeta<MessageId extends string = string, Options = unknown> {
  /** Stable id, the rule's file name; never reused. */
  id: string;
  /**
   * What a writer calls the problem (缺少数字, 范文残留): the heading of a
   * finding in the extension's card and panel and in the report. The id stays
   * the secondary label that configs and "turn off this rule" use.
   */
  name: LocalizedText;
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
  /**
   * The rule's options, as a zod schema: validated from it in the config
   * file, the JSON Schema and the docs are generated from it (with each
   * field's `.describe()`), and `context.options` is what it parses to. A
   * config sets them under the rule: `rules["spun-word"].options.words`.
   */
  options?: z.ZodType<Options>;
  /**
   * Top-level settings that older configs used for an option of this rule,
   * still accepted: settings key → option name (`{ spunWords: 'words' }`).
   * An option set under the rule wins.
   */
  optionAliases?: Readonly<Record<string, string>>;
  /**
   * Earlier ids of this rule, still accepted in configuration. An id shared
   * by several rules is a rule that was split (`punctuation`): setting it
   * sets all of them, and a setting under a rule's own id wins.
   */
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

export interface RuleContext<MessageId extends string = string, Options = unknown> {
  readonly document: AnalysisDocument;
  /** The caller's settings (from the config file or the extension's options). */
  readonly settings: Readonly<AnalyzerSettings>;
  /** This rule's options, parsed by `meta.options` (its defaults when the config sets none). */
  readonly options: Options;
  report(report: RuleReport<MessageId>): void;
}

export interface Rule<MessageId extends string = string, Options = unknown> {
  meta: RuleMeta<MessageId, Options>;
  check(context: RuleContext<MessageId, Options>): void;
}

/** Identity helper that keeps message ids and options type-checked between `meta` and `check`. */
export function defineRule<MessageId extends string, Options = unknown>(
  rule: Rule<MessageId, Options>,
): Rule<MessageId, Options> {
  return rule;
}
