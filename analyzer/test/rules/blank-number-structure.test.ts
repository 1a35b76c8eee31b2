/**
 * What blank-number reads from the sentence's structure alone, without the
 * numeral statistics: on documents those statistics never saw, the structure
 * is all there is (npm run eval:statistics measures that case). The built-in
 * rule's statistics already know many of these contexts from the tuning half,
 * so the rule is built here with none.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { createBlankNumberRule } from '../../src/rules/blank-number.js';
import { segmenter } from '../helpers/segmenters.js';

const withoutStatistics = createBlankNumberRule({ measures: {} });

function reported(text: string): string[] {
  return analyze(text, { segmenter, ruleSet: [withoutStatistics] }).findings.map((finding) =>
    text.slice(finding.offset, finding.offset + finding.length),
  );
}

describe('blank-number without statistics', () => {
  it.each([
    ['以 … 为例 offers an example', '以定性产品为例，临床试验应估算样本量。'],
    ['units responsible for a task, listed in brackets after it', '开齐开足课程。（基教处、教研院、各区县）'],
    ['a measure character closing a word split off the word before (传感器/件)', '研制新型传感器件、光学器件等核心部件。'],
    ['a unit straight before a noun it modifies', '推动建立课时工作量核定办法。'],
    ['words jieba lacks, in the user dictionary', '在国家考核中获“好”的等次，培育元宇宙等新业态。'],
  ])('leaves alone %s', (_, text) => {
    expect(reported(text)).toEqual([]);
  });

  it.each([
    ['为例 with no 以 before it in the clause', '新增确诊病例为例。', ['为例']],
    ['a count in brackets inside a sentence', '共有骨干（其中党员名）参加培训。', ['员名']],
    ['a measure word after a noun it counts, even where the dictionary splits (灭火 机台)', '新购置风力灭火机台。', ['机台']],
    ['a unit closing the clause', '全年累计培训达课时。', ['达课时']],
    ['a split whose rest is one character (答 复件)', '共接收投诉件，答复件。', ['诉件', '复件']],
  ])('still reports %s', (_, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
