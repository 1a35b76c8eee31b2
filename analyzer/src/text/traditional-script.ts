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
import { CharacterFlags, isOneCodePoint } from './characters.js';
import { GB2312_LEVEL_1, GB2312_LEVEL_2 } from './data/gb2312.js';
import { LINE_BREAK } from './lines.js';

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

/** Every character {@link isTraditionalCharacter} accepts. */
export function traditionalCharacters(): ReadonlySet<string> {
  return loadConversion().traditionalCharacters;
}

/** Every character {@link isSimplifiedForm} accepts, and a few it does not (those that are Traditional too). */
export function simplifiedFormCandidates(): ReadonlySet<string> {
  return loadConversion().simplifiedForms;
}

/**
 * Same-length Traditional → Simplified conversion, line by line. A line is
 * converted only when it holds a character that Simplified text never uses
 * (one outside GB 2312: 國, 於, 幹): OpenCC also folds characters that are
 * ordinary Simplified ones (覆 in 覆盖率), so converting a Simplified line
 * for one stray Traditional character elsewhere would corrupt it.
 */
export function foldTraditionalToSimplified(text: string): string {
  const { trie } = loadConversion();
  let folded = '';
  let lineStart = 0;
  for (const lineBreak of text.matchAll(LINE_BREAK)) {
    folded += foldLine(trie, text.slice(lineStart, lineBreak.index)) + lineBreak[0];
    lineStart = lineBreak.index + lineBreak[0].length;
  }
  return folded + foldLine(trie, text.slice(lineStart));
}

function foldLine(trie: Trie, line: string): string {
  if (!hasTraditionalOnlyCharacter(line)) return line;
  const converted = trie.convert(line);
  return converted.length === line.length ? converted : line;
}

const TRADITIONAL_ONLY = 1;
let traditionalOnly: CharacterFlags | undefined;

/** Whether the line has a Traditional character that GB 2312, the set Simplified systems write, lacks. */
function hasTraditionalOnlyCharacter(line: string): boolean {
  if (!traditionalOnly) {
    const gb2312 = new Set(GB2312_LEVEL_1 + GB2312_LEVEL_2);
    traditionalOnly = new CharacterFlags();
    for (const character of loadConversion().traditionalCharacters) {
      if (!gb2312.has(character) && isOneCodePoint(character)) traditionalOnly.add(character, TRADITIONAL_ONLY);
    }
  }
  for (let index = 0; index < line.length; index++) {
    if (traditionalOnly.of(line.codePointAt(index)!) & TRADITIONAL_ONLY) return true;
  }
  return false;
}
