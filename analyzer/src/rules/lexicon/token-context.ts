import type { Token } from '../../core/segmenter.js';
import { CLAUSE_END_PUNCTUATION, CLAUSE_START_PUNCTUATION } from '../../text/characters.js';

/** The nearest token before (`-1`) or after (`+1`) `index`, skipping whitespace. */
export function neighbour(tokens: readonly Token[], index: number, direction: -1 | 1): Token | undefined {
  for (let cursor = index + direction; cursor >= 0 && cursor < tokens.length; cursor += direction) {
    const token = tokens[cursor]!;
    if (token.tag !== 'w') return token;
  }
  return undefined;
}

/** True at the start of a paragraph or right after punctuation that opens a clause. */
export function startsClause(previous: Token | undefined): boolean {
  return previous === undefined || (previous.text.length === 1 && CLAUSE_START_PUNCTUATION.includes(previous.text));
}

/** True at the end of a paragraph or right before punctuation that closes a clause or opens an aside (养老机构所（其中…）). */
export function endsClause(next: Token | undefined): boolean {
  return (
    next === undefined ||
    (next.text.length === 1 && (CLAUSE_END_PUNCTUATION.includes(next.text) || next.text === '（' || next.text === '('))
  );
}

const NOUN_TAGS = /^(?:n|vn|an|j|l|i|s|t)/u;
const VERB_TAGS = /^v(?!n)/u;

export function isNounLike(token: Token | undefined): boolean {
  return token !== undefined && NOUN_TAGS.test(token.tag) && token.tag !== 'nrt';
}

export function isVerb(token: Token | undefined): boolean {
  return token !== undefined && (VERB_TAGS.test(token.tag) || token.tag === 'vn');
}

export function isPunctuation(token: Token | undefined): boolean {
  return token !== undefined && token.tag === 'x' && !/[\p{L}\p{N}]/u.test(token.text);
}
