/**
 * Traditional → Simplified folding for analysis, so every rule works on drafts
 * in Traditional script (and on Traditional characters left in a Simplified
 * draft). Uses OpenCC's dictionaries, keeping only the entries that do not
 * change the length, so offsets stay those of the input.
 */
import { Trie } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';

interface Conversion {
  trie: Trie;
  traditionalCharacters: Set<string>;
  /** Characters some Traditional character folds to (国 ← 國, 于 ← 於): the Simplified side of the table. */
  simplifiedForms: Set<string>;
}

let conversion: Conversion | undefined;

function loadConversion(): Conversion {
  if (conversion) return conversion;
  const trie = new Trie();
  const traditionalCharacters = new Set<string>();
  const simplifiedForms = new Set<string>();
  for (const dictionary of [TSCharacters, TSPhrases]) {
    for (const entry of dictionary.split('|')) {
      const [source, replacement] = entry.split(' ');
      if (!source || !replacement || source.length !== replacement.length || source === replacement) continue;
      trie.addWord(source, replacement);
      if (dictionary === TSCharacters) {
        traditionalCharacters.add(source);
        simplifiedForms.add(replacement);
      }
    }
  }
  conversion = { trie, traditionalCharacters, simplifiedForms };
  return conversion;
}

/** Whether some Traditional character folds to this one: it is, or can be, a Simplified form. */
export function isSimplifiedForm(character: string): boolean {
  const { simplifiedForms, traditionalCharacters } = loadConversion();
  return simplifiedForms.has(character) && !traditionalCharacters.has(character);
}

let toTraditionalTable: Map<string, string> | undefined;

/**
 * Simplified → Traditional, character by character, in the forms used in
 * Taiwan and Hong Kong (為, 裡, 著 rather than OpenCC's 爲, 裏, 着). Meant for
 * short replacement words (a fix for a spun word in a Traditional draft);
 * a character with several Traditional forms gets the most common one.
 */
export function toTraditional(text: string): string {
  if (!toTraditionalTable) {
    const variants = new Map<string, string>();
    for (const entry of TWVariants.split('|')) {
      const [standard, taiwan] = entry.split(' ');
      if (standard && taiwan) variants.set(standard, taiwan);
    }
    toTraditionalTable = new Map();
    for (const entry of STCharacters.split('|')) {
      const [simplified, traditional] = entry.split(' ');
      if (!simplified || !traditional) continue;
      toTraditionalTable.set(simplified, variants.get(traditional) ?? traditional);
    }
  }
  let converted = '';
  for (const character of text) converted += toTraditionalTable.get(character) ?? character;
  return converted;
}

/** Characters that OpenCC writes differently in Simplified script. */
export function isTraditionalCharacter(character: string): boolean {
  return loadConversion().traditionalCharacters.has(character);
}

/** Same-length Traditional → Simplified conversion; text without Traditional characters comes back unchanged. */
export function foldTraditionalToSimplified(text: string): string {
  const { trie, traditionalCharacters } = loadConversion();
  let hasTraditional = false;
  for (const character of text) {
    if (traditionalCharacters.has(character)) {
      hasTraditional = true;
      break;
    }
  }
  if (!hasTraditional) return text;
  const converted = trie.convert(text);
  return converted.length === text.length ? converted : text;
}
