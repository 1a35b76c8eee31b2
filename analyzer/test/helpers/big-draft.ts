import { listFixtures } from './fixtures.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same drafts. */
export function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = listFixtures().flatMap((fixture) =>
  fixture.text.split(/\r?\n/u).flatMap((line) => line.match(/[^。；！？]+[。；！？]?/gu) ?? []),
);

/**
 * A draft of about `bytes` bytes of UTF-8 built from the fixtures (seeds,
 * examples, clean documents): paragraphs of 1–6 of their sentences drawn at
 * random, so paragraphs rarely repeat and no cache makes a big draft look
 * cheaper than it is. Used by the scale test and `npm run bench`.
 */
export function draftOfSize(bytes: number, seed = 1): string {
  const random = randomNumbers(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 1 + Math.floor(random() * 6);
    let paragraph = '';
    for (let index = 0; index < count; index++) paragraph += sentences[Math.floor(random() * sentences.length)]!;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return paragraphs.join('\n');
}
