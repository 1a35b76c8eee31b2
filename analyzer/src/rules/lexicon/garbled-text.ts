/**
 * Finding encoding garbage (乱码) by character statistics.
 *
 * Text decoded with the wrong character set does not look like any list of
 * strings, but it looks statistically wrong: modern Chinese prose uses the
 * 3755 characters of GB 2312 level 1 for more than 99.5% of its characters,
 * while bytes decoded in the wrong table land anywhere in GBK — on rare
 * characters (level 2 and beyond), on kana, bopomofo, Cyrillic and symbols
 * from the GBK symbol rows, on replacement characters (�) and on `?` where a
 * byte pair had no character. So every character gets a suspicion weight and
 * a run of garbage is a dense cluster of weight. UTF-8 read as Latin-1 or
 * Windows-1252 (Ã¦Â–Â‡) has its own signature: a UTF-8 lead byte shown as a
 * Latin-1 letter followed by continuation bytes shown as symbols.
 */
import { CharacterFlags, isHan } from '../../text/characters.js';
import { GB2312_LEVEL_1, GB2312_LEVEL_2 } from '../../text/data/gb2312.js';
import { foldTraditionalToSimplified } from '../../text/traditional-script.js';

export interface GarbledRun {
  start: number;
  end: number;
  /** What decoding went wrong, as far as the signature tells. */
  kind: 'latin1' | 'cjk';
}

const LEVEL_1 = 1;
const LEVEL_2 = 2;
let gb2312: CharacterFlags | undefined;

function gb2312Flags(): CharacterFlags {
  if (!gb2312) {
    gb2312 = new CharacterFlags();
    for (const character of GB2312_LEVEL_1) gb2312.add(character, LEVEL_1);
    for (const character of GB2312_LEVEL_2) gb2312.add(character, LEVEL_2);
  }
  return gb2312;
}

function gb2312Level(character: string): 1 | 2 | undefined {
  const flags = gb2312Flags().of(character.codePointAt(0)!);
  if (flags & LEVEL_1) return 1;
  if (flags & LEVEL_2) return 2;
  return undefined;
}

/** Whether GB 2312 (level 1 or 2) has the character: the set every Simplified system can write. */
export function isGb2312Character(character: string): boolean {
  return gb2312Level(character) !== undefined;
}

/** Whether the character belongs to the everyday level 1 of GB 2312. */
export function isCommonCharacter(character: string): boolean {
  return gb2312Level(character) === 1;
}

/**
 * Scripts and blocks that never belong inside Chinese prose but that the GBK
 * and Big5 symbol rows are full of, so a misread byte pair lands on them.
 */
const FOREIGN_TO_CHINESE_PROSE =
  /[\u3040-\u30FF\u31F0-\u31FF\uFF61-\uFF9F\u3100-\u312F\u31A0-\u31BF\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF\u0400-\u04FF\u2E80-\u2FDF\u3400-\u4DBF\uE000-\uF8FF\uF900-\uFAFF\uA000-\uA4CF\u0080-\u009F\u2500-\u257F]/u;
/** Enclosed numbers (⒄), Greek letters and accented Latin letters (not × ÷, which templates use as placeholders) are legitimate now and then, so they weigh less. */
const UNUSUAL_IN_CHINESE_PROSE = /[\u2460-\u24FF\u0370-\u03FF\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u02C0-\u02FF\uFE30-\uFE4F]/u;
const QUESTION_PARTICLES = '吗呢么吧啊嘛';
/**
 * 锟斤拷 is what the replacement character's UTF-8 bytes (EF BF BD) become
 * when read as GBK: text that went through two wrong decodings is full of it.
 */
const REPLACEMENT_CHARACTER_READ_AS_GBK = /锟斤拷/gu;

/**
 * Weight of the character at `index`. `text` is the original, `normalized`
 * the same text with Traditional folded to Simplified: a rare Traditional
 * character stays rare once folded (鎸 → 镌), a common one does not (國 → 国).
 */
function suspicion(text: string, normalized: string, index: number, character: string): number {
  if (character === '\uFFFD') return 3;
  if (character === '?' || character === '？') return isQuestionMarkInsideWord(normalized, index) ? 3 : 0;
  if (isHan(character)) {
    if (character.length === 2) return 3; // astral: CJK extension B and beyond
    const level = gb2312Level(character);
    if (level === 1) return 0;
    const foldedFromTraditional = text[index] !== character;
    if (level === 2) return foldedFromTraditional ? 2 : 1;
    return 2;
  }
  if (FOREIGN_TO_CHINESE_PROSE.test(character)) return 3;
  if (UNUSUAL_IN_CHINESE_PROSE.test(character)) return 1;
  if (LETTERLIKE_SYMBOL.test(character)) return /[0-9]/u.test(normalized[index - 1] ?? '') ? 0 : 1; // 25℃ is fine, 涔℃潙 is not
  if (/^[A-Za-z]$/u.test(character)) {
    // A lone Latin letter wedged between Han characters (慕ㄔO項): a half byte pair.
    const before = normalized[index - 1] ?? '';
    const after = normalized[index + 1] ?? '';
    const isolated = !/[A-Za-z0-9]/u.test(before) && !/[A-Za-z0-9]/u.test(after);
    return isolated && (isHan(before) || isHan(after)) ? 1 : 0;
  }
  return 0;
}

/** `?` standing for a character: inside a run of ideographs (環??偩), not ending a question (是吗?我们). */
function isQuestionMarkInsideWord(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && (text[start - 1] === '?' || text[start - 1] === '？')) start--;
  let end = index + 1;
  while (end < text.length && (text[end] === '?' || text[end] === '？')) end++;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  return isHan(before) && isHan(after) && !QUESTION_PARTICLES.includes(before);
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
/**
 * Prose punctuation ends a cluster: garbage swallows the punctuation of the
 * text it replaced, while a list of rare names keeps its commas (王喆、张珺、刘彧).
 */
const PROSE_PUNCTUATION = /[，。、；：！,;:!]/u;
const LETTERLIKE_SYMBOL = /[\u2100-\u214F]/u;

/** Up to this many ordinary characters may separate two suspicious ones inside one run. */
const MAXIMUM_GAP = 2;

/**
 * Runs of encoding garbage in `text` (with `normalizedText`, its same-length
 * normalized form), as offsets. A cluster of
 * suspicious characters is garbage when it is heavy and dense enough that
 * no real text has it: names and places bring one rare character at a
 * time (王喆, 邛崃), garbage brings several in a row.
 */
export function findGarbledRuns(text: string, normalizedText: string): GarbledRun[] {
  const runs: GarbledRun[] = [];
  const latinRanges: Array<[number, number]> = [];
  for (const match of normalizedText.matchAll(UTF8_AS_LATIN1)) {
    latinRanges.push([match.index, match.index + match[0].length]);
    runs.push({ start: match.index, end: match.index + match[0].length, kind: 'latin1' });
  }
  const insideLatin = (index: number) => latinRanges.some(([start, end]) => index >= start && index < end);
  const doubleDecoded = new Set<number>();
  for (const match of normalizedText.matchAll(REPLACEMENT_CHARACTER_READ_AS_GBK)) {
    for (let offset = match.index; offset < match.index + match[0].length; offset++) doubleDecoded.add(offset);
  }

  let cluster: { start: number; end: number; weight: number; count: number; strongest: number } | undefined;
  const closeCluster = () => {
    if (cluster && isGarbage(cluster)) runs.push({ start: cluster.start, end: cluster.end, kind: 'cjk' });
    cluster = undefined;
  };
  const everyday = gb2312Flags();
  let index = 0;
  while (index < normalizedText.length) {
    const codePoint = normalizedText.codePointAt(index)!;
    // Everyday characters weigh nothing and end no cluster, unless they spell 锟斤拷: most of a draft is passed over here.
    if (doubleDecoded.size === 0 && everyday.of(codePoint) & LEVEL_1) {
      index++;
      continue;
    }
    const character = String.fromCodePoint(codePoint);
    const width = character.length;
    if (LINE_BREAK.test(character) || PROSE_PUNCTUATION.test(character)) {
      closeCluster();
      index += width;
      continue;
    }
    const weight = insideLatin(index) ? 0 : doubleDecoded.has(index) ? 2 : suspicion(text, normalizedText, index, character);
    if (weight > 0) {
      if (cluster && index - cluster.end > MAXIMUM_GAP) closeCluster();
      if (!cluster) cluster = { start: index, end: index + width, weight: 0, count: 0, strongest: 0 };
      cluster.end = index + width;
      cluster.weight += weight;
      cluster.count++;
      cluster.strongest = Math.max(cluster.strongest, weight);
    }
    index += width;
  }
  closeCluster();
  return mergeNeighbours(
    normalizedText,
    runs.sort((a, b) => a.start - b.start),
  );
}

/** Runs a few ordinary-looking characters apart are one piece of garbage (a misread byte pair can land on a common character). */
const MAXIMUM_GAP_BETWEEN_RUNS = 4;

function mergeNeighbours(text: string, runs: GarbledRun[]): GarbledRun[] {
  const merged: GarbledRun[] = [];
  for (const run of runs) {
    const previous = merged.at(-1);
    if (
      previous &&
      previous.kind === run.kind &&
      run.start - previous.end <= MAXIMUM_GAP_BETWEEN_RUNS &&
      !LINE_BREAK.test(text.slice(previous.end, run.start))
    ) {
      previous.end = Math.max(previous.end, run.end);
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

function isGarbage(cluster: { start: number; end: number; weight: number; count: number; strongest: number }): boolean {
  const density = cluster.count / (cluster.end - cluster.start);
  if (cluster.strongest === 3 && cluster.weight >= 5) return true; // ?? inside a word, kana or bopomofo among rare characters, �
  return cluster.count >= 3 && cluster.weight >= 6 && density >= 0.4;
}

/**
 * UTF-8 bytes shown one by one as Latin-1 / Windows-1252: a lead byte
 * (Â–ô) followed by continuation bytes (U+0080–U+00BF, or the
 * Windows-1252 symbols in 0x80–0x9F such as € ‚ „ … † ‡ ‰ ‘ ’ “ ” • – —),
 * at least two characters' worth in a row.
 */
const CONTINUATION_BYTE =
  '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122\\uFFFD]';
const UTF8_AS_LATIN1 = new RegExp(`(?:[\\u00C2-\\u00F4]${CONTINUATION_BYTE}{1,3}){2,}`, 'gu');

/**
 * What the garbage probably said, when one wrong decoding explains it: the
 * characters are turned back into the bytes they were decoded from and those
 * bytes decoded correctly (UTF-8 read as GBK or as Latin-1, GBK read one byte
 * off). A guess is kept only when it reads as everyday text. Uses the
 * platform's TextDecoder (browsers and Node with ICU); without GBK support
 * there is simply no guess. Never a safe fix: the lost bytes (`?`) are gone.
 */
export function guessOriginalText(garbled: string, kind: GarbledRun['kind']): string | undefined {
  const candidates: Array<Uint8Array | undefined> = [];
  if (kind === 'latin1') {
    candidates.push(encodeLatin1(garbled));
    return firstPlausible(candidates, 'utf-8');
  }
  const gbkBytes = encodeWithDecoderTable(garbled, 'gbk');
  if (!gbkBytes) return undefined;
  const utf8Guess = firstPlausible([gbkBytes], 'utf-8');
  if (utf8Guess) return utf8Guess;
  // One byte lost or gained before the run shifts every pair: re-pair the bytes.
  return firstPlausible([gbkBytes.subarray(1), concatBytes([0xa1], gbkBytes)], 'gbk');
}

function firstPlausible(candidates: Array<Uint8Array | undefined>, encoding: string): string | undefined {
  for (const bytes of candidates) {
    if (!bytes || bytes.length === 0) continue;
    const decoded = decode(bytes, encoding);
    if (decoded && readsAsEverydayText(decoded)) return decoded;
  }
  return undefined;
}

function decode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** At least two Han characters, all of them everyday ones once folded to Simplified, and nothing exotic. */
function readsAsEverydayText(text: string): boolean {
  const folded = foldTraditionalToSimplified(text);
  let han = 0;
  for (const character of folded) {
    if (isHan(character)) {
      if (!isCommonCharacter(character)) return false;
      han++;
    } else if (!/[\p{P}\s0-9A-Za-z]/u.test(character)) {
      return false;
    }
  }
  return han >= 2;
}

const WINDOWS_1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function encodeLatin1(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code <= 0xff) bytes.push(code);
    else if (character in WINDOWS_1252_HIGH) bytes.push(WINDOWS_1252_HIGH[character]!);
    else return undefined;
  }
  return Uint8Array.from(bytes);
}

const encoderTables = new Map<string, Map<string, number[]> | null>();

/** Character → bytes for a double-byte encoding, built once from the platform's decoder. */
function encoderTable(encoding: 'gbk'): Map<string, number[]> | null {
  if (encoderTables.has(encoding)) return encoderTables.get(encoding)!;
  let table: Map<string, number[]> | null = null;
  try {
    const decoder = new TextDecoder(encoding, { fatal: true });
    table = new Map();
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        let character: string;
        try {
          character = decoder.decode(pair);
        } catch {
          continue;
        }
        if (character.length >= 1 && !table.has(character)) table.set(character, [lead, trail]);
      }
    }
  } catch {
    table = null; // no GBK decoder on this platform
  }
  encoderTables.set(encoding, table);
  return table;
}

function encodeWithDecoderTable(text: string, encoding: 'gbk'): Uint8Array | undefined {
  const table = encoderTable(encoding);
  if (!table) return undefined;
  const bytes: number[] = [];
  for (const character of text) {
    if (character.charCodeAt(0) < 0x80) bytes.push(character.charCodeAt(0));
    else {
      const encoded = table.get(character);
      if (!encoded) return undefined;
      bytes.push(...encoded);
    }
  }
  return Uint8Array.from(bytes);
}

function concatBytes(prefix: number[], bytes: Uint8Array): Uint8Array {
  const joined = new Uint8Array(prefix.length + bytes.length);
  joined.set(prefix);
  joined.set(bytes, prefix.length);
  return joined;
}
