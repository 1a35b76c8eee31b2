/**
 * What a document-scoped pass learns from one line alone, remembered by the
 * line's text. A document-scoped rule (script-mix, unpaired-mark) or the
 * outline builder reads every line of the text, but most of that reading
 * depends on the line only; the document-wide part (which script the draft is
 * in, a sentence broken across a line break, how headings nest) is a cheap
 * pass over what the lines said. An editor re-checks after every pause in
 * typing, so remembering the per-line part across analyses makes a re-check
 * cost the edited lines plus that pass, as the paragraph-scoped rules already
 * do (analysis-memory.ts).
 */

/** The text of one line, as a per-line fact may read it: nothing about where the line stands in the document. */
export interface LineText {
  readonly text: string;
  /** Same length as `text`; see `AnalysisDocument.normalizedText`. */
  readonly normalizedText: string;
}

interface RememberedFact {
  value: unknown;
  normalizedText: string;
  /** The analysis that last used it, for forgetting what an editing session no longer needs. */
  generation: number;
}

/**
 * Facts about lines, each computed once per line text. A fact's `compute`
 * must read nothing but the line it is given (offsets in it are relative to
 * the line's start) and the settings, which are fixed for the memory's
 * lifetime; its value is shared by every line with that text and by later
 * analyses, so it is never mutated.
 */
export class LineMemory {
  private readonly facts = new Map<string, Map<string, RememberedFact>>();
  private readonly lines = new Map<string, { value: LineText; generation: number }>();
  private generation = 0;

  /** The fact `kind` about `line`: remembered, or computed by `compute` and remembered. */
  remember<Value>(kind: string, line: LineText, compute: (line: LineText) => Value): Value {
    let byText = this.facts.get(kind);
    if (!byText) {
      byText = new Map();
      this.facts.set(kind, byText);
    }
    const remembered = byText.get(line.text);
    // The normalized text is compared too: a caller's own normalizer may look beyond the line.
    if (remembered && remembered.normalizedText === line.normalizedText) {
      remembered.generation = this.generation;
      return remembered.value as Value;
    }
    const value = compute({ text: line.text, normalizedText: line.normalizedText });
    byText.set(line.text, { value, normalizedText: line.normalizedText, generation: this.generation });
    return value;
  }

  /**
   * The line with this text, as earlier analyses held it, and its normalized
   * form, by a normalization that works line by line (the built-in one does).
   * The same string objects come back for the same text: a string hashes its
   * content once and keeps the hash, and two references to one string compare
   * at once, so every fact looked up by the line's text afterwards costs no
   * more than a pointer. Looked up by fresh slices instead, each fact hashed
   * and compared the whole line again: a tenth of a re-check after an edit.
   */
  line(text: string, normalize: (text: string) => string): LineText {
    const remembered = this.lines.get(text);
    if (remembered) {
      remembered.generation = this.generation;
      return remembered.value;
    }
    const own = standalone(text);
    const normalized = normalize(own);
    const value = { text: own, normalizedText: normalized === own ? own : standalone(normalized) };
    this.lines.set(own, { value, generation: this.generation });
    return value;
  }

  /**
   * Starts the next analysis and forgets the facts the last two did not use
   * (a line typed and deleted again), so memory follows the size of the
   * draft, not the length of the editing session.
   */
  startAnalysis(): void {
    this.generation++;
    const oldest = this.generation - 2;
    for (const byText of [...this.facts.values(), this.lines]) {
      for (const [text, remembered] of byText) if (remembered.generation < oldest) byText.delete(text);
    }
  }
}

/**
 * A copy of `text` that holds no reference to a longer string. A slice of a
 * long string may keep the whole string alive (V8 makes it a view), and a
 * line remembered across edits would keep every version of the draft it
 * was cut from; the slice of a fresh concatenation keeps one line's worth.
 */
function standalone(text: string): string {
  return ` ${text}`.slice(1);
}
