import { createJiebaSegmenter, type JiebaBackend, type Segmenter, type TaggedWord } from './segmenter.js';
import { USER_DICTIONARY, type UserDictionaryEntry } from './user-dictionary.js';

/**
 * The functions of the jieba-wasm module this backend needs. The Node build
 * (`jieba-wasm`) is ready on import; the browser build (`jieba-wasm/web`) must
 * have been initialised with its `.wasm` first.
 */
export interface JiebaWasmModule {
  cut(text: string, hmm?: boolean | null): string[];
  tag(sentence: string, hmm?: boolean | null): TaggedWord[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

const loadedModules = new WeakSet<object>();

export function createJiebaWasmSegmenter(
  jieba: JiebaWasmModule,
  userDictionary: readonly UserDictionaryEntry[] = USER_DICTIONARY,
): Segmenter {
  // jieba-wasm keeps one dictionary per module instance; add our words once.
  if (!loadedModules.has(jieba)) {
    for (const entry of userDictionary) jieba.add_word(entry.word, entry.frequency, entry.tag);
    loadedModules.add(jieba);
  }
  const backend: JiebaBackend = {
    name: 'jieba-wasm',
    cutHanText: (maskedText) => jieba.cut(maskedText, false),
    tagWords: (words) => tagWords(jieba, words),
  };
  return createJiebaSegmenter(backend);
}

/** jieba-rs tags a word with its dictionary entry; words joined by spaces come back one by one. */
function tagWords(jieba: JiebaWasmModule, words: readonly string[]): string[] {
  const tagged = jieba.tag(words.join(' '), false).filter(({ word }) => word.trim() !== '');
  const aligned = tagged.length === words.length && tagged.every(({ word }, index) => word === words[index]);
  if (aligned) return tagged.map(({ tag }) => tag);
  return words.map((word) => jieba.tag(word, false).find((item) => item.word === word)?.tag ?? 'x');
}
