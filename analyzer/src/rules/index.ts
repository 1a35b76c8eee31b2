import type { Rule } from '../core/rule.js';
import blankNumber from './blank-number.js';
import censoredText from './censored-text.js';
import dateLogic from './date-logic.js';
import emptySection from './empty-section.js';
import headingNumbering from './heading-numbering.js';
import headingStyle from './heading-style.js';
import mojibake from './mojibake.js';
import placeholderDate from './placeholder-date.js';
import placeholderName from './placeholder-name.js';
import punctuation from './punctuation.js';
import repeatedText from './repeated-text.js';
import scriptMix from './script-mix.js';
import spunWord from './spun-word.js';
import strayDigit from './stray-digit.js';
import templateResidue from './template-residue.js';
import truncatedText from './truncated-text.js';
import vagueQuantity from './vague-quantity.js';

/** Every rule, sorted by id. Adding a rule: create `rules/<id>.ts`, its docs page and tests, then list it here. */
export const RULES: readonly Rule[] = [
  blankNumber,
  censoredText,
  dateLogic,
  emptySection,
  headingNumbering,
  headingStyle,
  mojibake,
  placeholderDate,
  placeholderName,
  punctuation,
  repeatedText,
  scriptMix,
  spunWord,
  strayDigit,
  templateResidue,
  truncatedText,
  vagueQuantity,
] as Rule[];

const RULES_BY_ID = new Map<string, Rule>();
for (const rule of RULES) {
  RULES_BY_ID.set(rule.meta.id, rule);
  for (const oldId of rule.meta.deprecatedIds ?? []) RULES_BY_ID.set(oldId, rule);
}

/** A rule by its id or by an id it used to have. */
export function findRule(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
