/**
 * Decoding the bytes of a text file whose encoding nobody wrote down.
 *
 * Drafts arrive as UTF-8 (with or without a byte-order mark), as GBK/GB18030
 * exported from older office systems, as UTF-16 from Windows tools, and now
 * and then as Big5. The decision is made in the order a person would make it:
 * a byte-order mark is authoritative; bytes that are valid UTF-8 are UTF-8
 * (legacy CJK text is almost never valid UTF-8 by accident); otherwise each
 * legacy candidate is decoded and the one that reads most like Chinese wins.
 */
import iconv from 'iconv-lite';
import { foldTraditionalToSimplified } from '../../text/traditional-script.js';

export type DecodeOutcome =
  | { kind: 'text'; text: string; encoding: string }
  | { kind: 'binary'; reason: string }
  | { kind: 'undecodable'; reason: string };

/** Byte-order marks, longest first so UTF-32 is not mistaken for UTF-16. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: number[]; encoding: string | undefined }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: undefined },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: undefined },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** File signatures of formats people drop into a folder of drafts by mistake. */
const BINARY_SIGNATURES: ReadonlyArray<{ bytes: number[]; offset?: number; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive or Office file' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'legacy Office file (.doc/.xls/.wps; save it as .docx)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'RTF document' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: '7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'executable' },
  { bytes: [0x4d, 0x5a], name: 'Windows executable' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'video or image (ISO media)' },
];

/** Legacy encodings tried, in order of preference when two read equally well. */
const LEGACY_CANDIDATES = ['gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

/**
 * Below this share of plausible characters a decoding is garbage. Correct
 * decodings of real drafts score above 0.99; a GBK file read as Big5 scores
 * about 0.5 and UTF-16 read as GBK about 0.3 (measured on the seeds).
 */
const PLAUSIBLE = 0.9;

/** Decodes `bytes`, detecting the encoding unless `forcedEncoding` names one. */
export function decodeText(bytes: Uint8Array, forcedEncoding?: string): DecodeOutcome {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forcedEncoding) return decodeForced(buffer, forcedEncoding);

  const mark = BYTE_ORDER_MARKS.find((candidate) => startsWith(buffer, candidate.bytes));
  if (mark) {
    if (!mark.encoding) return { kind: 'undecodable', reason: 'UTF-32 is not supported; save the file as UTF-8' };
    const body = buffer.subarray(mark.bytes.length);
    const text = mark.encoding === 'utf-8' ? strictUtf8(body) : strictLegacy(body, mark.encoding);
    if (text === undefined) {
      return {
        kind: 'undecodable',
        reason: `it starts with a ${mark.encoding.toUpperCase()} byte-order mark but is not valid ${mark.encoding.toUpperCase()}`,
      };
    }
    return { kind: 'text', text, encoding: `${mark.encoding}-bom` };
  }

  const utf8 = strictUtf8(buffer);
  const cleanText = utf8 !== undefined && !utf8.includes('\u0000');
  // Signatures made of printable characters (MZ, GIF8, %PDF-) also begin ordinary sentences; they count only when the bytes are not clean text.
  const signature = BINARY_SIGNATURES.find(
    (candidate) => startsWith(buffer, candidate.bytes, candidate.offset) && !(cleanText && isPrintableAscii(candidate.bytes)),
  );
  if (signature) return { kind: 'binary', reason: signature.name };

  // NUL is valid UTF-8 but never part of a text: such bytes are UTF-16 or binary.
  if (cleanText) return { kind: 'text', text: utf8, encoding: 'utf-8' };

  let best: { text: string; encoding: string; score: number } | undefined;
  for (const encoding of LEGACY_CANDIDATES) {
    if (encoding.startsWith('utf-16') && buffer.length % 2 !== 0) continue;
    const text = strictLegacy(buffer, encoding);
    // NUL is never text: in GB18030 and Big5 a 0x00 byte can only be NUL, so a file holding one is UTF-16 or binary.
    if (text === undefined || (!encoding.startsWith('utf-16') && text.includes('\u0000'))) continue;
    const score = plausibility(text);
    if (!best || score > best.score + 1e-9) best = { text, encoding, score };
  }
  if (best && best.score >= PLAUSIBLE) return { kind: 'text', text: best.text, encoding: best.encoding };

  if (looksBinary(buffer)) return { kind: 'binary', reason: 'binary data (NUL or control bytes)' };
  return {
    kind: 'undecodable',
    reason:
      `it is not valid UTF-8 (invalid byte sequence at byte ${firstInvalidUtf8Byte(buffer)}) ` +
      'and does not read as GB18030, Big5 or UTF-16; save it as UTF-8 or name its encoding with --encoding',
  };
}

function decodeForced(buffer: Buffer, encoding: string): DecodeOutcome {
  if (!iconv.encodingExists(encoding)) throw new RangeError(`unknown encoding "${encoding}"`);
  const name = encoding.toLowerCase();
  const text = name === 'utf-8' || name === 'utf8' ? strictUtf8(buffer) : strictLegacy(buffer, encoding);
  if (text === undefined) return { kind: 'undecodable', reason: `it is not valid ${encoding}` };
  // A byte-order mark is an encoding marker, not text the writer typed.
  return { kind: 'text', text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: name };
}

export function isKnownEncoding(encoding: string): boolean {
  return iconv.encodingExists(encoding);
}

function startsWith(buffer: Buffer, bytes: readonly number[], offset = 0): boolean {
  if (buffer.length < offset + bytes.length) return false;
  return bytes.every((byte, index) => buffer[offset + index] === byte);
}

function isPrintableAscii(bytes: readonly number[]): boolean {
  return bytes.every((byte) => byte >= 0x20 && byte < 0x7f);
}

function strictUtf8(buffer: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

/**
 * iconv-lite has no fatal mode: an invalid sequence comes back as U+FFFD.
 * Re-encoding tells a genuine U+FFFD in the file (which round-trips) from one
 * that stands for bytes the encoding does not allow.
 */
function strictLegacy(buffer: Buffer, encoding: string): string | undefined {
  const text = iconv.decode(buffer, encoding, { stripBOM: false });
  if (text.includes('\uFFFD') && !iconv.encode(text, encoding).equals(buffer)) return undefined;
  return text;
}

/** Byte offset of the first sequence that is not UTF-8, for the error message. */
function firstInvalidUtf8Byte(buffer: Buffer): number {
  for (let index = 0; index < buffer.length; ) {
    const byte = buffer[index]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    if (length > 1 && strictUtf8(buffer.subarray(index, index + length)) === undefined) return index;
    index += length;
  }
  return buffer.length;
}

function looksBinary(buffer: Buffer): boolean {
  let control = 0;
  for (const byte of buffer.subarray(0, 8192)) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > Math.min(buffer.length, 8192) * 0.05;
}

let commonHanCharacters: Set<string> | undefined;

/**
 * GB 2312's level-1 block: the 3,755 characters the standard set apart as
 * the ones in common use. They cover about 99.9% of the Han characters of a
 * real draft; characters produced by decoding bytes in the wrong encoding are
 * spread over tens of thousands of code points and mostly fall outside it.
 */
function commonHan(): Set<string> {
  if (commonHanCharacters) return commonHanCharacters;
  const characters = new Set<string>();
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const character = iconv.decode(Buffer.from([lead, trail]), 'gb2312');
      if (character.length === 1 && character !== '\uFFFD') characters.add(character);
    }
  }
  commonHanCharacters = characters;
  return characters;
}

const HAN = /\p{Script=Han}/u;
/** Characters other than Han that Chinese drafts are made of: CJK and general punctuation, full-width forms, ①, ×, °, □. */
const DRAFT_SYMBOLS =
  /[\u00a0\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u203b\u2160-\u217f\u2460-\u24ff\u2500-\u25ff\u2600-\u26ff\u3000-\u303f\uff01-\uff5e\uffe0-\uffe5]/u;

/**
 * Share of the characters that a Chinese draft is made of: ASCII text,
 * line breaks, draft punctuation, and common Han characters in either script
 * (Traditional characters are folded to Simplified before the lookup).
 */
export function plausibility(text: string): number {
  if (text.length === 0) return 1;
  const folded = foldTraditionalToSimplified(text);
  const common = commonHan();
  let plausible = 0;
  let total = 0;
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    total++;
    if ((code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) plausible++;
    else if (code >= 0xd800 && code <= 0xdbff)
      index++; // astral: rare in drafts, counted as implausible
    else {
      const character = folded[index]!;
      if (HAN.test(character) ? common.has(character) : DRAFT_SYMBOLS.test(character)) plausible++;
    }
  }
  return plausible / total;
}
