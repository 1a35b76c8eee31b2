import { LineMemory } from '../text/line-memory.js';
import type { RuleFailure } from './analyze.js';
import type { Paragraph } from './document.js';
import type { Finding } from './finding.js';
import type { Segmenter, Token } from './segmenter.js';

/**
 * What the paragraph-scoped rules found in one paragraph, as findings of a
 * document made of that paragraph alone (offsets relative to it, line 1): the
 * message, severity and text depend on nothing else, so a remembered
 * paragraph costs a copy with its offset and line, not a new message.
 */
export interface ParagraphReports {
  findings: Finding[];
  failures: RuleFailure[];
}

interface Remembered<Value> {
  value: Value;
  /** The analysis that last used it, for forgetting what an editing session no longer needs. */
  generation: number;
}

/**
 * What one analysis can hand to the next: the tokens of each paragraph text,
 * what the paragraph-scoped rules reported on it, and what the
 * document-scoped passes learnt from each line (`lines`). All are pure
 * functions of the paragraph's text (the options and the segmenter are fixed for the
 * memory's lifetime), so a hit gives exactly what recomputing would give.
 *
 * A plain {@link analyze} uses a fresh memory (repeated lines are checked
 * once); the incremental analysis keeps one across edits, so only the
 * paragraphs an edit changed are segmented and checked again.
 */
export class AnalysisMemory {
  /** The caller's segmenter, answering from memory for a paragraph text it has already segmented. */
  readonly segmenter: Segmenter;
  /** Per-line facts of the document-scoped passes and each line's normalized text. */
  readonly lines = new LineMemory();
  private readonly tokensByText = new Map<string, Remembered<Token[]>>();
  /** Keyed by the paragraph's text; the normalized text is compared too, as a custom normalizer may look beyond the line. */
  private readonly reportsByText = new Map<string, Remembered<ParagraphReports> & { normalizedText: string }>();
  private generation = 0;

  constructor(segmenter: Segmenter) {
    this.segmenter = {
      backend: segmenter.backend,
      segment: (text) => {
        const remembered = this.tokensByText.get(text);
        if (remembered) {
          remembered.generation = this.generation;
          return remembered.value;
        }
        const tokens = segmenter.segment(text);
        this.tokensByText.set(text, { value: tokens, generation: this.generation });
        return tokens;
      },
    };
  }

  /** The reports on this paragraph: remembered, or computed by `check` and remembered. */
  paragraphReports(paragraph: Paragraph, check: () => ParagraphReports): ParagraphReports {
    const remembered = this.reportsByText.get(paragraph.text);
    if (remembered && remembered.normalizedText === paragraph.normalizedText) {
      remembered.generation = this.generation;
      return remembered.value;
    }
    const value = check();
    this.reportsByText.set(paragraph.text, { value, normalizedText: paragraph.normalizedText, generation: this.generation });
    return value;
  }

  /**
   * Starts the next analysis of an editing session and forgets what the last
   * two did not use (a paragraph typed and deleted again), so memory follows
   * the size of the draft, not the length of the session.
   */
  startAnalysis(): void {
    this.generation++;
    this.lines.startAnalysis();
    const oldest = this.generation - 2;
    for (const map of [this.tokensByText, this.reportsByText] as Array<Map<string, Remembered<unknown>>>) {
      for (const [key, remembered] of map) if (remembered.generation < oldest) map.delete(key);
    }
  }
}
