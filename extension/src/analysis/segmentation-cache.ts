import type { Segmenter, Token } from './analyzer-core.js';

/**
 * Remembers the segmentation of each paragraph between two analyses of the
 * same draft, so that a keystroke re-segments only the paragraph it changed.
 *
 * Why this is safe: the analyzer asks the segmenter for one paragraph's text
 * at a time, and jieba's dictionary path is a pure function of that string,
 * so a cached answer is exactly what a new call would return. The rules
 * themselves still run over the whole draft each time, because some of them
 * (numbering, outline) look across paragraphs.
 */
export class SegmentationCache {
  private current = new Map<string, Token[]>();
  private previous = new Map<string, Token[]>();
  readonly segmenter: Segmenter;

  constructor(inner: Segmenter) {
    this.segmenter = {
      backend: inner.backend,
      segment: (text: string): Token[] => {
        let tokens = this.current.get(text) ?? this.previous.get(text);
        if (!tokens) tokens = inner.segment(text);
        this.current.set(text, tokens);
        return tokens;
      },
    };
  }

  /** Keeps only the paragraphs the last analysis used, so the cache never outgrows one draft. */
  endAnalysis(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}
