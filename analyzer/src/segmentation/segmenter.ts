import type { Segmenter, Token } from '../core/segmenter.js';

export type { Segmenter, Token } from '../core/segmenter.js';

/** One word and its tag as a jieba build returns them. */
export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * What a jieba build has to provide: dictionary-only (no HMM) segmentation,
 * and the part-of-speech tag of a word. The text to cut never contains
 * anything but Han characters and spaces.
 *
 * Why no HMM: the HMM that guesses unknown words differs between cppjieba
 * (nodejieba) and jieba-rs (jieba-wasm), while the dictionary path is the same
 * algorithm over the same dictionary in both. It also keeps a stripped
 * measure word such as the 项 in 达项 a token of its own instead of gluing it
 * to its neighbour.
 *
 * Why cutting and tagging are separate: a word's tag is its dictionary entry's
 * tag (or `x` for a Han character the dictionary lacks), whatever sentence it
 * stands in. So the segmenter asks for the tag of each distinct word once and
 * remembers it, and the hot path is a cut plus map look-ups. Asking the build
 * to tag every sentence costs about twice the cut, mostly in building the
 * `{word, tag}` objects across the native or WASM boundary.
 */
export interface JiebaBackend {
  readonly name: string;
  /** Dictionary-only segmentation; every character of the input comes back, spaces included. */
  cutHanText(maskedText: string): string[];
  /** The tags of these words (Han words from {@link cutHanText}, no spaces), one per word, in order. */
  tagWords(words: readonly string[]): string[];
}

/** Non-Han text: a number (12 or 12.5), a Latin word, or whitespace. Anything else is one code point per token. */
const NON_HAN_WORD = /[0-9]+(?:\.[0-9]+)?|[A-Za-z]+|\s+/uy;
const NON_HAN_RUN = /[^\p{Script=Han}〇]+/gu;
const SPACE = 32;

/**
 * Builds a {@link Segmenter} on a jieba build: Han characters go to jieba in one
 * call per text (everything else masked by spaces, so positions line up),
 * while digits, Latin words, punctuation and whitespace are tokenised here the
 * same way for every backend, so the backends cannot disagree about them.
 */
export function createJiebaSegmenter(backend: JiebaBackend): Segmenter {
  const tagByWord = new Map<string, string>();
  return {
    backend: backend.name,
    segment(text: string): Token[] {
      const { masked, otherTokens, hasHan } = maskNonHan(text);
      if (!hasHan) return otherTokens;
      const words = backend.cutHanText(masked);
      const hanTokens = hanTokensOf(words, masked, tagsOf(backend, tagByWord, words));
      return mergeByStart(hanTokens, otherTokens);
    },
  };
}

/**
 * The tag of each word (undefined for spaces), from the remembered tags; the
 * words not seen before are looked up in one call to the build and remembered.
 */
function tagsOf(backend: JiebaBackend, tagByWord: Map<string, string>, words: readonly string[]): Array<string | undefined> {
  const tags = words.map((word) => tagByWord.get(word));
  const unknown = new Set<string>();
  words.forEach((word, index) => {
    if (tags[index] === undefined && word.length > 0 && !isSpaces(word)) unknown.add(word);
  });
  if (unknown.size === 0) return tags;
  const unknownWords = [...unknown];
  const unknownTags = backend.tagWords(unknownWords);
  unknownWords.forEach((word, index) => {
    tagByWord.set(word, unknownTags[index] ?? 'x');
  });
  return words.map((word, index) => tags[index] ?? tagByWord.get(word));
}

/** Replaces every non-Han UTF-16 unit by a space (length-preserving) and tokenises what was replaced. */
function maskNonHan(text: string): { masked: string; otherTokens: Token[]; hasHan: boolean } {
  const maskedParts: string[] = [];
  const otherTokens: Token[] = [];
  let hanStart = 0;
  let hasHan = false;
  for (const run of text.matchAll(NON_HAN_RUN)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    if (runStart > hanStart) {
      maskedParts.push(text.slice(hanStart, runStart));
      hasHan = true;
    }
    maskedParts.push(' '.repeat(runEnd - runStart));
    tokenizeNonHan(text, runStart, runEnd, otherTokens);
    hanStart = runEnd;
  }
  if (hanStart < text.length) {
    maskedParts.push(text.slice(hanStart));
    hasHan = true;
  }
  return { masked: hasHan ? maskedParts.join('') : '', otherTokens, hasHan };
}

/** Numbers, Latin words and whitespace runs as one token each; every other code point (punctuation, symbols, a lone surrogate) alone. */
function tokenizeNonHan(text: string, start: number, end: number, tokens: Token[]): void {
  let index = start;
  while (index < end) {
    NON_HAN_WORD.lastIndex = index;
    const match = NON_HAN_WORD.exec(text);
    if (match) {
      const word = match[0];
      const first = word.charCodeAt(0);
      const tag = first >= 48 && first <= 57 ? 'm' : /^[A-Za-z]/u.test(word) ? 'eng' : 'w';
      tokens.push({ text: word, start: index, end: index + word.length, tag });
      index += word.length;
      continue;
    }
    // A lone surrogate is one code unit; a valid astral symbol two.
    const width = text.codePointAt(index)! > 0xffff ? 2 : 1;
    tokens.push({ text: text.slice(index, index + width), start: index, end: index + width, tag: 'x' });
    index += width;
  }
}

/** Tokens of jieba's words, offsets into the masked text; whitespace between them is dropped (it was tokenised before masking). */
function hanTokensOf(words: readonly string[], masked: string, tags: ReadonlyArray<string | undefined>): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word.length === 0) continue;
    if (!masked.startsWith(word, cursor)) return oneTokenPerCharacter(masked);
    if (!isSpaces(word)) tokens.push({ text: word, start: cursor, end: cursor + word.length, tag: tags[index] ?? 'x' });
    cursor += word.length;
  }
  // jieba returns every character it was given; if a build ever does not,
  // fall back to one token per character rather than report wrong offsets.
  if (cursor !== masked.length) return oneTokenPerCharacter(masked);
  return splitRepeatedCharacterRuns(tokens, masked);
}

function oneTokenPerCharacter(masked: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const character of masked) {
    if (character !== ' ') tokens.push({ text: character, start: offset, end: offset + character.length, tag: 'x' });
    offset += character.length;
  }
  return tokens;
}

function isSpaces(word: string): boolean {
  return word.charCodeAt(0) === SPACE && word.trim() === '';
}

/**
 * A run of one repeated character (一一一, 哈哈哈) is a tie in jieba's best-path
 * search, and cppjieba and jieba-rs break ties differently (一|一一 against
 * 一一|一). Such a run carries no word structure worth keeping, so it becomes
 * one token per character in every backend.
 */
function splitRepeatedCharacterRuns(tokens: Token[], masked: string): Token[] {
  const result: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index]!;
    const character = String.fromCodePoint(first.text.codePointAt(0)!);
    let runEnd = index;
    while (
      runEnd < tokens.length &&
      isRepetitionOf(tokens[runEnd]!.text, character) &&
      (runEnd === index || tokens[runEnd]!.start === tokens[runEnd - 1]!.end)
    ) {
      runEnd++;
    }
    if (runEnd === index) {
      result.push(first);
      index++;
      continue;
    }
    const runLength = tokens[runEnd - 1]!.end - first.start;
    const extendsBeyond =
      (first.start >= character.length && masked.startsWith(character, first.start - character.length)) ||
      masked.startsWith(character, first.start + runLength);
    if (runEnd - index >= 2 && runLength >= 3 * character.length && !extendsBeyond) {
      for (let offset = first.start; offset < first.start + runLength; offset += character.length) {
        result.push({ text: character, start: offset, end: offset + character.length, tag: 'x' });
      }
    } else {
      // Every later token of this run follows the same character, so it extends beyond too: keep them all as they are.
      for (let member = index; member < runEnd; member++) result.push(tokens[member]!);
    }
    index = runEnd;
  }
  return result;
}

function isRepetitionOf(text: string, character: string): boolean {
  if (text.length === 0 || text.length % character.length !== 0) return false;
  for (let offset = 0; offset < text.length; offset += character.length) {
    if (!text.startsWith(character, offset)) return false;
  }
  return true;
}

function mergeByStart(first: Token[], second: Token[]): Token[] {
  const merged: Token[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i]!.start < second[j]!.start)) merged.push(first[i++]!);
    else merged.push(second[j++]!);
  }
  return merged;
}
