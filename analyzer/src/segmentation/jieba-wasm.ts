import { createJiebaSegmenter, type JiebaBackend, type Segmenter, type TaggedWord } from './segmenter.js';
import { USER_DICTIONARY, type UserDictionaryEntry } from './user-dictionary.js';

/**
 * The functions of the jieba-wasm module this backend needs. The Node build
 * (`jieba-wasm`) is ready on import; the browser build (`jieba-wasm/web`) must
 * have been initialised with its `.wasm` first.
 */
export interface JiebaWasmModule {
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
    tagHanText: (maskedText) => jieba.tag(maskedText, false),
  };
  return createJiebaSegmenter(backend);
}
