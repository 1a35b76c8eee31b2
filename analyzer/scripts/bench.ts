/**
 * `npm run bench`: analysis time as a multiple of jieba's own POS-tagging time
 * on the same text, per backend. Benchmarks print numbers; they never fail a
 * build (speed goals are read here, not asserted in tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, type Segmenter } from '../src/index.js';
import { loadJiebaWasm, loadNodeJieba } from '../src/segmentation/node.js';

const require = createRequire(import.meta.url);
const fixtures = join(import.meta.dirname, '../../fixtures');
const corpus = ['seeds', 'examples', 'clean']
  .flatMap((folder) =>
    readdirSync(join(fixtures, folder))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(join(fixtures, folder, file), 'utf8')),
  )
  .join('\n');
const paragraphs = corpus.split('\n');

interface RawTagger {
  tag(text: string): unknown;
}
const nodejiebaRaw = require('nodejieba') as { tag(text: string): unknown };
const wasmRaw = require('jieba-wasm') as { tag(text: string, hmm: boolean): unknown };
const backends: Array<{ segmenter: Segmenter; raw: RawTagger }> = [
  { segmenter: loadNodeJieba(), raw: { tag: (text) => nodejiebaRaw.tag(text) } },
  { segmenter: loadJiebaWasm(), raw: { tag: (text) => wasmRaw.tag(text, true) } },
];

function median(run: () => void, repetitions = 7): number {
  run(); // warm-up: dictionaries, JIT
  const times: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

console.log(
  `Tiankong benchmark — ${corpus.length.toLocaleString()} characters of fixtures; node ${process.version}; ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}`,
);
console.log('');
console.log('| backend | jieba POS tagging (ms) | tiankong analyze (ms) | ratio (goal ≤ 1.3) | MB/s (one core) |');
console.log('|---|---:|---:|---:|---:|');
for (const { segmenter, raw } of backends) {
  const tagging = median(() => {
    for (const paragraph of paragraphs) raw.tag(paragraph);
  });
  const analysis = median(() => analyze(corpus, { segmenter }));
  const megabytesPerSecond = Buffer.byteLength(corpus) / 1e6 / (analysis / 1000);
  console.log(
    `| ${segmenter.backend} | ${tagging.toFixed(1)} | ${analysis.toFixed(1)} | ${(analysis / tagging).toFixed(2)} | ${megabytesPerSecond.toFixed(2)} |`,
  );
}
