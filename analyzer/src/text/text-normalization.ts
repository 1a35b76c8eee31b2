/**
 * The text the rules read: the input with variant forms folded so one
 * pattern covers them. Every step maps one UTF-16 code unit to one code unit,
 * so an offset into the normalized text is the same offset into the input.
 */

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) to ASCII. Punctuation keeps its width: rules about it need to see it. */
function foldFullWidthAlphanumerics(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
}

import { foldTraditionalToSimplified } from './traditional-script.js';

export type TextNormalizer = (text: string) => string;

const NORMALIZERS: TextNormalizer[] = [foldFullWidthAlphanumerics, foldTraditionalToSimplified];

export function normalizeText(text: string, extraNormalizers: readonly TextNormalizer[] = []): string {
  let normalized = text;
  for (const normalize of [...NORMALIZERS, ...extraNormalizers]) {
    const next = normalize(normalized);
    if (next.length !== normalized.length) {
      throw new Error('A text normalizer changed the length of the text; offsets would no longer match the input.');
    }
    normalized = next;
  }
  return normalized;
}
