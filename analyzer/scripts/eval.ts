/**
 * `npm run eval`: scores the analyzer against the hand-labelled gold spans
 * over fixtures/seeds. `--verbose` lists every miss and false positive;
 * `--backend jieba-wasm` scores the other segmenter; `--set <name>` scores
 * another labelled set (fixtures/<name> with fixtures/gold/<name>.gold.jsonl).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { goldSpanSchema, type RuleScore, scoreFindings } from '../src/evaluation/score.js';
import { analyze, type Finding } from '../src/index.js';
import { type BackendName, loadSegmenter } from '../src/segmentation/node.js';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v' },
    backend: { type: 'string' },
    rule: { type: 'string' },
    // `seeds` (the real drafts, the yardstick) or another labelled set under fixtures/<set> with fixtures/gold/<set>.gold.jsonl.
    set: { type: 'string', default: 'seeds' },
  },
});
const root = join(import.meta.dirname, '../../fixtures');
const seedsDirectory = join(root, values.set!);
const gold = readFileSync(join(root, `gold/${values.set}.gold.jsonl`), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => goldSpanSchema.parse(JSON.parse(line)));

const { segmenter } = loadSegmenter((values.backend as BackendName | undefined) ?? 'nodejieba');
const findingsByDoc = new Map<string, Finding[]>();
for (const name of readdirSync(seedsDirectory)
  .filter((file) => file.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(seedsDirectory, name), 'utf8');
  findingsByDoc.set(name, analyze(text, { segmenter }).findings);
}

const format = (value: number | undefined) => (value === undefined ? '   –' : value.toFixed(2));
const scores = scoreFindings(findingsByDoc, gold).filter((score) => !values.rule || score.rule === values.rule);
console.log(`set: ${values.set}  backend: ${segmenter.backend}`);
console.log('rule                 recall (must)    precision (error+warning)');
for (const score of scores) {
  console.log(
    `${score.rule.padEnd(20)} ${format(score.recall)} ${`${score.mustFound}/${score.mustSpans}`.padStart(7)}    ${format(score.precision)} ${`${score.correctFindings}/${score.scoredFindings}`.padStart(7)}`,
  );
}
if (values.verbose) printDetails(scores);

function printDetails(ruleScores: RuleScore[]): void {
  for (const score of ruleScores) {
    for (const span of score.missed)
      console.log(`MISS ${score.rule} ${span.doc.slice(0, 3)}:${span.start} ${JSON.stringify(span.text)}  ${span.note ?? ''}`);
    for (const finding of score.falsePositives) {
      const text = readFileSync(join(seedsDirectory, finding.doc), 'utf8');
      const context = text.slice(Math.max(0, finding.offset - 10), finding.offset + finding.length + 10).replace(/\n/gu, '⏎');
      console.log(
        `FP   ${score.rule} ${finding.doc.slice(0, 3)}:${finding.offset} ${JSON.stringify(finding.text)}  …${context}…`,
      );
    }
  }
}
