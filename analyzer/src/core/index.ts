/**
 * The pure core: text and rules in, findings out. Safe for the browser: no
 * fs, no DOM, no process. It knows no rule and no segmenter build; the
 * package's entry points (index.ts for Node, browser.ts) bind the built-in
 * rules and the jieba builds.
 */

export type { AnalysisResult, AnalyzeOptions, EnabledRule, RuleFailure } from './analyze.js';
export { analyze, analyzeDocument, compareFindings, enabledRules } from './analyze.js';
export type { Paragraph, Position } from './document.js';
export { AnalysisDocument } from './document.js';
export type { Finding, Fix, FixDigitPermission, Language, Severity } from './finding.js';
export {
  FIX_DIGIT_PERMISSIONS,
  findingSchema,
  fixDigitPermissionSchema,
  fixSchema,
  LANGUAGES,
  languageSchema,
  SEVERITIES,
  SEVERITY_RANK,
  severitySchema,
} from './finding.js';
export type { AppliedChange, FixOutcome, FixRefusal, FixVerdict, RefusedFix } from './fix.js';
export { applyFixes, FIX_REFUSALS, fixUntilStable, fixVerdict, MAX_FIX_PASSES, minimalEdits } from './fix.js';
export type { IncrementalAnalysis, TextEdit } from './incremental.js';
export { analyzeIncrementally, editBetween, reanalyze } from './incremental.js';
export { CATEGORY_LABELS, categoryLabel, SEVERITY_LABELS, VERIFY_RULES } from './labels.js';
export { formatMessage } from './messages.js';
export type { LocalizedText, Rule, RuleCategory, RuleContext, RuleMeta, RuleReport, RuleScope } from './rule.js';
export { defineRule, RULE_CATEGORIES, RULE_SCOPES } from './rule.js';
export type { Segmenter, Token } from './segmenter.js';
export type { AnalyzerSettings, RuleSetting } from './settings.js';
export { analyzerSettingsSchema, ruleSettingSchema, settingOptions, settingSeverity } from './settings.js';
