/**
 * Which script a stretch of text is written in, from the characters only one
 * script has: Traditional characters (國, 於, 幹) against Simplified forms that
 * Traditional text never uses (国, 这, 发). Characters common to both (中, 于
 * as a surname, 干 in 干涉) are no evidence either way.
 */
import { isSimplifiedForm, isTraditionalCharacter } from '../../core/traditional-script.js';
import { CHARACTERS_IN_BOTH_SCRIPTS } from '../data/characters-in-both-scripts.js';

let inBothScripts: Set<string> | undefined;

/** A Simplified form that Traditional text cannot contain (国, 这, 发 — not 于, 干, 后). */
export function isSimplifiedOnlyCharacter(character: string): boolean {
  inBothScripts ??= new Set(CHARACTERS_IN_BOTH_SCRIPTS);
  return isSimplifiedForm(character) && !inBothScripts.has(character);
}

export interface ScriptEvidence {
  traditional: number;
  simplifiedOnly: number;
}

export function scriptEvidence(text: string): ScriptEvidence {
  const evidence: ScriptEvidence = { traditional: 0, simplifiedOnly: 0 };
  for (const character of text) {
    if (isTraditionalCharacter(character)) evidence.traditional++;
    else if (isSimplifiedOnlyCharacter(character)) evidence.simplifiedOnly++;
  }
  return evidence;
}

/** Traditional when its characters say so clearly: at least three, and three times the Simplified-only ones. */
export function isTraditionalScript(evidence: ScriptEvidence): boolean {
  return evidence.traditional >= 3 && evidence.traditional >= 3 * evidence.simplifiedOnly;
}
