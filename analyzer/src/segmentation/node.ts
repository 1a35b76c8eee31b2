/**
 * Segmenters for Node: nodejieba (cppjieba, native) by default, jieba-wasm
 * (jieba-rs) when the native addon is missing or when asked for. Node-only:
 * this module touches the file system and `require`, the core never does.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { createJiebaWasmSegmenter, type JiebaWasmModule } from './jieba-wasm.js';
import { createJiebaSegmenter, type Segmenter, type TaggedWord } from './segmenter.js';
import { USER_DICTIONARY, userDictionaryText } from './user-dictionary.js';

export type BackendName = 'nodejieba' | 'jieba-wasm';

export interface LoadedSegmenter {
  segmenter: Segmenter;
  /** Why the preferred backend was not used, when it was not. */
  fallbackReason?: string;
}

interface NodeJiebaModule {
  load(options: { userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): TaggedWord[];
}

const require = createRequire(import.meta.url);
const cache = new Map<BackendName, Segmenter>();

export function loadSegmenter(preferred: BackendName = 'nodejieba'): LoadedSegmenter {
  if (preferred === 'jieba-wasm') return { segmenter: loadJiebaWasm() };
  try {
    return { segmenter: loadNodeJieba() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { segmenter: loadJiebaWasm(), fallbackReason: `nodejieba unavailable (${reason.split('\n')[0]})` };
  }
}

export function loadJiebaWasm(): Segmenter {
  let segmenter = cache.get('jieba-wasm');
  if (!segmenter) {
    segmenter = createJiebaWasmSegmenter(require('jieba-wasm') as JiebaWasmModule);
    cache.set('jieba-wasm', segmenter);
  }
  return segmenter;
}

export function loadNodeJieba(): Segmenter {
  let segmenter = cache.get('nodejieba');
  if (segmenter) return segmenter;
  const nodejieba = require('nodejieba') as NodeJiebaModule;
  nodejieba.load({
    userDict: writeDictionaryFile('user-dictionary', userDictionaryText(USER_DICTIONARY)),
    // Keyword extraction is never used: a one-word IDF table and stop list save a fifth of the start-up (about 0.2 s).
    idfDict: writeDictionaryFile('idf', '的 1.0\n'),
    stopWordDict: writeDictionaryFile('stop-words', '的\n'),
  });
  segmenter = createJiebaSegmenter({
    name: 'nodejieba',
    cutHanText: (maskedText) => nodejieba.cut(maskedText, false),
    tagWords: (words) => tagWordsWithoutHmm(nodejieba, words),
  });
  cache.set('nodejieba', segmenter);
  return segmenter;
}

/**
 * nodejieba's `tag()` always runs the HMM, so it is given words that the
 * dictionary-only cut already chose, joined by spaces: spaces separate words
 * in cppjieba, and a word chosen by the best path in context is also the best
 * path on its own, so the tagger sees exactly those words again and tags each
 * with its dictionary entry.
 */
function tagWordsWithoutHmm(nodejieba: NodeJiebaModule, words: readonly string[]): string[] {
  const tagged = nodejieba.tag(words.join(' ')).filter(({ word }) => word.trim() !== '');
  const aligned = tagged.length === words.length && tagged.every(({ word }, index) => word === words[index]);
  if (aligned) return tagged.map(({ tag }) => tag);
  return words.map((word) => nodejieba.tag(word).find((item) => item.word === word)?.tag ?? 'x');
}

/** cppjieba reads its dictionaries from files; write ours once per content. */
function writeDictionaryFile(name: string, text: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const directory = join(tmpdir(), 'tiankong');
  const path = join(directory, `${name}-${hash}.utf8`);
  if (!existsSync(path)) {
    mkdirSync(directory, { recursive: true });
    const temporary = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, text, 'utf8');
    // rename is atomic: concurrent CLI processes and lint threads never read a half-written file.
    try {
      renameSync(temporary, path);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return path;
}
