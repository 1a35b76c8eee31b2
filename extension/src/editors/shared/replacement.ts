/** One span of text to replace: `[offset, offset + length)` becomes `text` (UTF-16 code units). */
export interface Replacement {
  offset: number;
  length: number;
  text: string;
}

/**
 * What a fix did to an editor's text:
 * - `applied`: the text is the old text with exactly that span replaced;
 * - `unchanged`: the editor took nothing;
 * - `damaged`: anything else (the fix went elsewhere, twice, or took more than its span).
 */
export type ReplacementCheck = 'applied' | 'unchanged' | 'damaged';

/**
 * What an editor did when asked to apply a fix, after its text was checked:
 * `refused` means the text is exactly as it was (the editor took nothing, or
 * what it did was undone); `damaged` that it could not be put back.
 */
export type ReplaceOutcome = 'applied' | 'refused' | 'damaged';

/** The text an editor must hold after a fix: the old text with exactly that span replaced. */
export function expectedText(before: string, replacement: Replacement): string {
  const { offset, length, text } = replacement;
  return before.slice(0, offset) + text + before.slice(offset + length);
}

/** Compares the editor's text after a fix with the text it must hold. */
export function checkReplacement(before: string, after: string, replacement: Replacement): ReplacementCheck {
  if (after === expectedText(before, replacement)) return 'applied';
  return after === before ? 'unchanged' : 'damaged';
}
