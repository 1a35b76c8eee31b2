/**
 * Which script a stretch of text is written in, from the characters only one
 * script has: Traditional characters (國, 於, 幹) against Simplified forms that
 * Traditional text never uses (国, 这, 发). Characters common to both (中, 于
 * as a surname, 干 in 干涉) are no evidence either way.
 */
import { CharacterFlags, isOneCodePoint } from '../../text/characters.js';
import { isSimplifiedForm, simplifiedFormCandidates, traditionalCharacters } from '../../text/traditional-script.js';
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

const TRADITIONAL = 1;
const SIMPLIFIED_ONLY = 2;
let scripts: CharacterFlags | undefined;

/** Every character that is evidence of one script, flagged with it (a character is never both). */
function scriptFlags(): CharacterFlags {
  if (!scripts) {
    scripts = new CharacterFlags();
    for (const character of traditionalCharacters()) {
      if (isOneCodePoint(character)) scripts.add(character, TRADITIONAL);
    }
    for (const character of simplifiedFormCandidates()) {
      if (isOneCodePoint(character) && isSimplifiedOnlyCharacter(character)) scripts.add(character, SIMPLIFIED_ONLY);
    }
  }
  return scripts;
}

export function scriptEvidence(text: string): ScriptEvidence {
  const flags = scriptFlags();
  const evidence: ScriptEvidence = { traditional: 0, simplifiedOnly: 0 };
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index)!;
    const flag = flags.of(codePoint);
    if (flag & TRADITIONAL) evidence.traditional++;
    else if (flag & SIMPLIFIED_ONLY) evidence.simplifiedOnly++;
    if (codePoint > 0xffff) index++;
  }
  return evidence;
}

/** Traditional when its characters say so clearly: at least three, and three times the Simplified-only ones. */
export function isTraditionalScript(evidence: ScriptEvidence): boolean {
  return evidence.traditional >= 3 && evidence.traditional >= 3 * evidence.simplifiedOnly;
}
