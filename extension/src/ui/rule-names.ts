import { type Language, VERIFY_RULES } from '../analysis/finding.js';
import names from './rule-names.json';

/**
 * Every rule's short name (缺少数字, 模板占位符), copied from the analyzer's
 * rule meta into a table: the content script is loaded into every page and
 * carries no rule, so the card cannot read the meta itself, and findings
 * travel without their rule's name. test/unit/rule-names.test.ts fails when
 * the table differs from the meta; `TIANKONG_UPDATE_RULE_NAMES=1` rewrites it.
 */
export const RULE_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = names;

/** The rule's name in the writer's language; the id for a rule this build does not know. */
export function ruleName(ruleId: string, language: Language): string {
  return RULE_NAMES[ruleId]?.[language] ?? ruleId;
}

/** A figure, a date or a name to check against the rest of the draft (需要核对), not a gap to fill. */
export function isVerifyRule(ruleId: string): boolean {
  return VERIFY_RULES.has(ruleId);
}
