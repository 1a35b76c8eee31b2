import { isHan } from '../core/characters.js';

/**
 * A word of the analysed text. `start`/`end` are UTF-16 offsets into the
 * string given to {@link Segmenter.segment}; concatenating every token's text
 * gives back that string exactly.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** jieba part-of-speech tag (`n`, `v`, `m`, `q`, …); `x` for punctuation and unknown symbols, `eng` for Latin words, `w` for whitespace. */
  tag: string;
}

export interface Segmenter {
  /** Which jieba build does the work, e.g. `nodejieba` or `jieba-wasm`. */
  readonly backend: string;
  segment(text: string): Token[];
}

/** One word and its tag as a jieba build returns them. */
export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * What a jieba build has to provide: dictionary-only (no HMM) segmentation
 * with part-of-speech tags. The input never contains anything but Han
 * characters and spaces.
 *
 * Why no HMM: the HMM that guesses unknown words differs between cppjieba
 * (nodejieba) and jieba-rs (jieba-wasm), while the dictionary path is the same
 * algorithm over the same dictionary in both. It also keeps a stripped
 * measure word such as the 项 in 达项 a token of its own instead of gluing it
 * to its neighbour.
 */
export interface JiebaBackend {
  readonly name: string;
  tagHanText(maskedText: string): TaggedWord[];
}

const WHITESPACE_RUN = /^\s+/u;
const DIGIT_RUN = /^[0-9]+(?:\.[0-9]+)?/u;
const LATIN_RUN = /^[A-Za-z]+/u;

/**
 * Builds a {@link Segmenter} on a jieba build: Han characters go to jieba in one
 * call per text (everything else masked by spaces, so positions line up),
 * while digits, Latin words, punctuation and whitespace are tokenised here the
 * same way for every backend, so the backends cannot disagree about them.
 */
export function createJiebaSegmenter(backend: JiebaBackend): Segmenter {
  return {
    backend: backend.name,
    segment(text: string): Token[] {
      const { masked, otherTokens, hasHan } = maskNonHan(text);
      if (!hasHan) return otherTokens;
      const hanTokens = tagHan(backend, masked);
      return mergeByStart(hanTokens, otherTokens);
    },
  };
}

/** Replaces every non-Han UTF-16 unit by a space (length-preserving) and tokenises what was replaced. */
function maskNonHan(text: string): { masked: string; otherTokens: Token[]; hasHan: boolean } {
  const maskedParts: string[] = [];
  const otherTokens: Token[] = [];
  let hasHan = false;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    if (isHan(character)) {
      hasHan = true;
      maskedParts.push(character);
      index += character.length;
      continue;
    }
    const rest = text.slice(index, index + 256);
    const match = DIGIT_RUN.exec(rest) ?? LATIN_RUN.exec(rest) ?? WHITESPACE_RUN.exec(rest);
    // A lone surrogate is one code unit; a valid astral symbol two.
    const width = match ? match[0].length : character.length;
    const tokenText = text.slice(index, index + width);
    const tag = !match ? 'x' : tokenText.trim() === '' ? 'w' : /[0-9]/u.test(tokenText[0]!) ? 'm' : 'eng';
    otherTokens.push({ text: tokenText, start: index, end: index + width, tag });
    maskedParts.push(' '.repeat(width));
    index += width;
  }
  return { masked: maskedParts.join(''), otherTokens, hasHan };
}

function tagHan(backend: JiebaBackend, masked: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  let consumed = '';
  for (const { word, tag } of backend.tagHanText(masked)) {
    if (word.length === 0) continue;
    if (word.trim() !== '') tokens.push({ text: word, start: cursor, end: cursor + word.length, tag });
    cursor += word.length;
    consumed += word;
  }
  if (consumed === masked) return splitRepeatedCharacterRuns(tokens, masked);
  // jieba returns every character it was given; if a build ever does not,
  // fall back to one token per character rather than report wrong offsets.
  const fallback: Token[] = [];
  let offset = 0;
  for (const character of masked) {
    if (character !== ' ') fallback.push({ text: character, start: offset, end: offset + character.length, tag: 'x' });
    offset += character.length;
  }
  return fallback;
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
    const runLength = runEnd > index ? tokens[runEnd - 1]!.end - first.start : 0;
    const extendsBeyond =
      (first.start >= character.length && masked.startsWith(character, first.start - character.length)) ||
      masked.startsWith(character, first.start + runLength);
    if (runEnd - index >= 2 && runLength >= 3 * character.length && !extendsBeyond) {
      for (let offset = first.start; offset < first.start + runLength; offset += character.length) {
        result.push({ text: character, start: offset, end: offset + character.length, tag: 'x' });
      }
      index = runEnd;
    } else {
      result.push(first);
      index++;
    }
  }
  return result;
}

function isRepetitionOf(text: string, character: string): boolean {
  return text.length > 0 && text.split(character).every((part) => part === '');
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
