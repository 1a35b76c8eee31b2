import type { Rule } from '../core/rule.js';
import blankNumber from './blank-number.js';
import brokenLine from './broken-line.js';
import censoredText from './censored-text.js';
import dateConsistency from './date-consistency.js';
import dateLogic from './date-logic.js';
import doubledMark from './doubled-mark.js';
import emptyPair from './empty-pair.js';
import emptySection from './empty-section.js';
import figureCheck from './figure-check.js';
import halfWidthMark from './half-width-mark.js';
import headingNumbering from './heading-numbering.js';
import headingStyle from './heading-style.js';
import leftoverName from './leftover-name.js';
import mojibake from './mojibake.js';
import pinyinGloss from './pinyin-gloss.js';
import placeholderDate from './placeholder-date.js';
import placeholderName from './placeholder-name.js';
import repeatedText from './repeated-text.js';
import scriptMix from './script-mix.js';
import spunWord from './spun-word.js';
import strayDigit from './stray-digit.js';
import straySpace from './stray-space.js';
import templateResidue from './template-residue.js';
import truncatedText from './truncated-text.js';
import unpairedMark from './unpaired-mark.js';
import vagueQuantity from './vague-quantity.js';

/** Every rule, sorted by id. Adding a rule: create `rules/<id>.ts`, its docs page and tests, then list it here. */
export const RULES: readonly Rule[] = [
  blankNumber,
  brokenLine,
  censoredText,
  dateConsistency,
  dateLogic,
  doubledMark,
  emptyPair,
  emptySection,
  figureCheck,
  halfWidthMark,
  headingNumbering,
  headingStyle,
  leftoverName,
  mojibake,
  pinyinGloss,
  placeholderDate,
  placeholderName,
  repeatedText,
  scriptMix,
  spunWord,
  strayDigit,
  straySpace,
  templateResidue,
  truncatedText,
  unpairedMark,
  vagueQuantity,
] as Rule[];

/**
 * The rules each configurable id sets: a rule's own id, an id it had before
 * a rename, or the id of a rule that was split (punctuation → unpaired-mark,
 * doubled-mark, …: every rule that lists it in `deprecatedIds`). A setting
 * under a split rule's id applies to all its parts; a setting under a part's
 * own id wins over it (enabledRules in core/analyze.ts).
 */
const RULES_BY_CONFIGURED_ID = new Map<string, Rule[]>();
for (const rule of RULES) RULES_BY_CONFIGURED_ID.set(rule.meta.id, [rule]);
for (const rule of RULES) {
  for (const oldId of rule.meta.deprecatedIds ?? []) {
    if (!RULES_BY_CONFIGURED_ID.has(oldId)) RULES_BY_CONFIGURED_ID.set(oldId, []);
    RULES_BY_CONFIGURED_ID.get(oldId)!.push(rule);
  }
}

/** Every id a configuration may name: the rules' ids, then the ids rules used to have, each once. */
export const CONFIGURABLE_RULE_IDS: readonly string[] = [...RULES_BY_CONFIGURED_ID.keys()];

/** The rules a setting under `id` applies to (several for the id of a split rule); empty for an unknown id. */
export function rulesConfiguredBy(id: string): readonly Rule[] {
  return RULES_BY_CONFIGURED_ID.get(id) ?? [];
}

/** A rule by its id or by an id it had before a rename; undefined for the id of a split rule, which names several (see {@link rulesConfiguredBy}). */
export function findRule(id: string): Rule | undefined {
  const rules = rulesConfiguredBy(id);
  return rules.length === 1 ? rules[0] : undefined;
}
