/**
 * Traditional → Simplified folding for analysis, so every rule works on drafts
 * in Traditional script (and on Traditional characters left in a Simplified
 * draft). Uses OpenCC's dictionaries, keeping only the entries that do not
 * change the length, so offsets stay those of the input.
 */
import { Trie } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

interface Conversion {
  trie: Trie;
  traditionalCharacters: Set<string>;
}

let conversion: Conversion | undefined;

function loadConversion(): Conversion {
  if (conversion) return conversion;
  const trie = new Trie();
  const traditionalCharacters = new Set<string>();
  for (const dictionary of [TSCharacters, TSPhrases]) {
    for (const entry of dictionary.split('|')) {
      const [source, replacement] = entry.split(' ');
      if (!source || !replacement || source.length !== replacement.length || source === replacement) continue;
      trie.addWord(source, replacement);
      if (dictionary === TSCharacters) traditionalCharacters.add(source);
    }
  }
  conversion = { trie, traditionalCharacters };
  return conversion;
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
