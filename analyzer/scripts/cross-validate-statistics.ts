/**
 * `npm run eval:statistics`: how well blank-number's numeral statistics
 * generalise, measured inside the tuning half. The tuning documents are split
 * into two folds by file; the statistics are built on one fold and the rule
 * runs on the other, and the other way round. Every error or warning on those
 * correct documents is a false alarm, so the out-of-fold rate estimates what
 * the rule does on documents its statistics never saw (the check half, and
 * the documents it will be judged on) without reading the check half. The
 * in-fold rate beside it shows how much the statistics merely remember.
 *
 * `-- --verbose` prints each out-of-fold false alarm in context with its
 * tokens, for finding the class of problem behind it.
 */

import { type EvaluationDocument, readOfficialHalf } from '../src/evaluation/fixture-sets.js';
import { type AnalyzeOptions, analyze, type Segmenter } from '../src/index.js';
import { createBlankNumberRule } from '../src/rules/blank-number.js';
import { loadNodeJieba } from '../src/segmentation/node.js';
import { measureNumeralContexts } from './numeral-statistics.js';

const FOLDS = 2;
const CONTEXT_CHARACTERS = 15;

interface FoldResult {
  characters: number;
  falseAlarms: string[];
}

function falseAlarms(
  documents: readonly EvaluationDocument[],
  ruleSet: AnalyzeOptions['ruleSet'],
  segmenter: Segmenter,
  verbose: boolean,
): FoldResult {
  const result: FoldResult = { characters: 0, falseAlarms: [] };
  for (const document of documents) {
    result.characters += document.text.length;
    for (const finding of analyze(document.text, { segmenter, ruleSet }).findings) {
      if (finding.severity === 'info') continue;
      const end = finding.offset + finding.length;
      const lines = [
        `${document.name}: ${JSON.stringify(document.text.slice(Math.max(0, finding.offset - CONTEXT_CHARACTERS), finding.offset))}[${document.text.slice(finding.offset, end)}]${JSON.stringify(document.text.slice(end, end + CONTEXT_CHARACTERS))}`,
      ];
      if (verbose) {
        const around = document.text.slice(Math.max(0, finding.offset - 8), end + 6);
        lines.push(
          `    ${segmenter
            .segment(around)
            .map((token) => `${token.text}/${token.tag}`)
            .join(' ')}`,
        );
      }
      result.falseAlarms.push(lines.join('\n'));
    }
  }
  return result;
}

const perTenThousand = ({ characters, falseAlarms }: FoldResult) => ((falseAlarms.length / characters) * 1e4).toFixed(2);

const verbose = process.argv.includes('--verbose');
const segmenter = loadNodeJieba();
const tuning = readOfficialHalf('tuning');
const rows: string[] = [];
const outOfFold: string[] = [];
let totals = { inFold: 0, outOfFold: 0, characters: 0 };
for (let fold = 0; fold < FOLDS; fold++) {
  const learnedFrom = tuning.filter((_, index) => index % FOLDS !== fold);
  const heldOut = tuning.filter((_, index) => index % FOLDS === fold);
  const rule = createBlankNumberRule(
    measureNumeralContexts(
      learnedFrom.map((document) => document.text),
      segmenter,
    ),
  );
  const seen = falseAlarms(learnedFrom, [rule], segmenter, false);
  const unseen = falseAlarms(heldOut, [rule], segmenter, verbose);
  rows.push(
    `| ${fold + 1} | ${learnedFrom.length} | ${seen.falseAlarms.length} (${perTenThousand(seen)}) | ${heldOut.length} | ${unseen.falseAlarms.length} (${perTenThousand(unseen)}) |`,
  );
  outOfFold.push(...unseen.falseAlarms);
  totals = {
    inFold: totals.inFold + seen.falseAlarms.length,
    outOfFold: totals.outOfFold + unseen.falseAlarms.length,
    characters: totals.characters + unseen.characters,
  };
}
console.log(
  [
    'blank-number on the tuning half, statistics built on the other fold (errors and warnings; per 10k characters)',
    '',
    '| fold | documents learned from | false alarms there | documents held out | false alarms there |',
    '|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `out of fold: ${totals.outOfFold} in ${totals.characters.toLocaleString('en')} characters = ${((totals.outOfFold / totals.characters) * 1e4).toFixed(2)} per 10k (in fold: ${totals.inFold})`,
    '',
    ...outOfFold,
  ].join('\n'),
);
