/**
 * Character classes shared by the segmenter and the rules.
 *
 * Everything here works on single UTF-16 code units or on code points given
 * as strings, so callers never have to think about surrogate pairs twice.
 */

/** Ideographs jieba can segment: every Han code point plus 〇 (used as zero in 二〇一〇年). */
const HAN = /^[\p{Script=Han}〇]$/u;
const HAN_CHARACTER = 1;
let basicHan: CharacterFlags | undefined;

export function isHan(character: string): boolean {
  // Rules test text character by character: a character of the Basic Multilingual Plane is looked up in a table
  // filled once from the regex (4 ms), as a regex test per character was a few per cent of the analysis.
  if (character.length === 1) return (basicHanTable().of(character.charCodeAt(0)) & HAN_CHARACTER) !== 0;
  return HAN.test(character);
}

function basicHanTable(): CharacterFlags {
  if (!basicHan) {
    basicHan = new CharacterFlags();
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      if (HAN.test(character)) basicHan.add(character, HAN_CHARACTER);
    }
  }
  return basicHan;
}

/** A Han character somewhere at or after `index` in `text` (handles astral Han). */
export function isHanAt(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index);
  if (codePoint === undefined) return false;
  return isHan(String.fromCodePoint(codePoint));
}

export function isAsciiDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/** Chinese numeral characters that can stand in a quantity (一 … 万, 两, 〇, 零, and 几/数 for "a few"). */
export const CHINESE_NUMERAL_CHARACTERS = '〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟几数半';

export function isChineseNumeral(character: string | undefined): boolean {
  return character !== undefined && character.length === 1 && CHINESE_NUMERAL_CHARACTERS.includes(character);
}

/** A character that ends a written number: an ASCII digit or a Chinese numeral. */
export function isNumeralCharacter(character: string | undefined): boolean {
  return isAsciiDigit(character) || isChineseNumeral(character);
}

/** Characters that close a clause or sentence; a quantity slot right before one of these is empty. */
export const CLAUSE_END_PUNCTUATION = '，。；：、！？,.;:!?）)」』”’》〉】]';

export function isClauseEnd(character: string | undefined): boolean {
  return character === undefined || CLAUSE_END_PUNCTUATION.includes(character) || isLineBreak(character);
}

/** Characters after which a new clause starts. */
export const CLAUSE_START_PUNCTUATION = '，。；：、！？,;:!?（(「『“‘《〈【[';

export function isClauseStart(character: string | undefined): boolean {
  return character === undefined || CLAUSE_START_PUNCTUATION.includes(character) || isLineBreak(character);
}

export function isLineBreak(character: string | undefined): boolean {
  return character === '\n' || character === '\r' || character === '\u2028' || character === '\u2029';
}

/** Zero-width and formatting characters that may sit invisibly inside a word. */
export const INVISIBLE_CHARACTERS = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;

export function isWhitespace(character: string | undefined): boolean {
  return character !== undefined && /^\s$/u.test(character);
}

/** One code point: what iterating a string yields, so the only kind of entry a character table can ever match. */
export function isOneCodePoint(text: string): boolean {
  const codePoint = text.codePointAt(0);
  return codePoint !== undefined && String.fromCodePoint(codePoint) === text;
}

/**
 * Flags per character, in a flat table indexed by code point (astral
 * characters in a map). Passes that read every character of a draft (which
 * script it is in, which characters are rare) test each one here with an
 * array read, where a Set of strings costs a string and a hash per character:
 * fifteen times as slow on a megabyte.
 */
export class CharacterFlags {
  private readonly basic = new Uint8Array(0x10000);
  private readonly astral = new Map<number, number>();

  /** Sets `flag` (a bit) on a character of one code point. */
  add(character: string, flag: number): void {
    if (!isOneCodePoint(character)) throw new RangeError(`Not one character: ${JSON.stringify(character)}`);
    const codePoint = character.codePointAt(0)!;
    if (codePoint < 0x10000) this.basic[codePoint]! |= flag;
    else this.astral.set(codePoint, (this.astral.get(codePoint) ?? 0) | flag);
  }

  /** The flags of the code point (a lone surrogate has none unless it was added). */
  of(codePoint: number): number {
    return codePoint < 0x10000 ? this.basic[codePoint]! : (this.astral.get(codePoint) ?? 0);
  }
}
