/**
 * What the core needs from a word segmenter. The jieba builds that provide it
 * live in src/segmentation; the core sees only this interface.
 */

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
