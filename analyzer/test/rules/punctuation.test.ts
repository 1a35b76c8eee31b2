/**
 * `punctuation` was one rule with seven checks; it was split into rules of one
 * concern each (issue 14) and lives on as an id a configuration may still
 * name: a setting under it applies to every rule split from it, and a setting
 * under one of them wins over it. The tests of each concern are in that
 * rule's file; these read the parts together.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Finding, findRule, RULES, type RuleSetting } from '../../src/index.js';
import { CONFIGURABLE_RULE_IDS, rulesConfiguredBy } from '../../src/rules/index.js';
import { listFixtures } from '../helpers/fixtures.js';
import { segmenter } from '../helpers/segmenters.js';

const SPLIT_RULES = [
  'broken-line',
  'doubled-mark',
  'empty-pair',
  'half-width-mark',
  'pinyin-gloss',
  'stray-space',
  'unpaired-mark',
];

/** The rules split from punctuation, every other rule off. */
function runPunctuation(code: string, rules: Record<string, RuleSetting> = {}): Finding[] {
  const others = RULES.filter((rule) => !rule.meta.deprecatedIds?.includes('punctuation'));
  const result = analyze(code, {
    segmenter,
    rules: { ...Object.fromEntries(others.map((rule) => [rule.meta.id, 'off' as const])), ...rules },
  });
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

const ONE_OF_EACH =
  '请拨打“”热线。;危（wei）险,好，坚持“四个全面工作机制，全面推进各项工作的时间 里，逐步形成了党政工青妇齐抓共管的良\n好工作机制。';

describe('punctuation, the id the rules were split from', () => {
  it('is replaced by rules that each record it', () => {
    expect(rulesConfiguredBy('punctuation').map((rule) => rule.meta.id)).toEqual(SPLIT_RULES);
    expect(RULES.map((rule) => rule.meta.id)).not.toContain('punctuation');
    expect(CONFIGURABLE_RULE_IDS).toContain('punctuation');
    expect(CONFIGURABLE_RULE_IDS.filter((id) => id === 'punctuation')).toHaveLength(1);
    // It names several rules, so no single one is "the" punctuation rule.
    expect(findRule('punctuation')).toBeUndefined();
    expect(findRule('empty-pair')?.meta.id).toBe('empty-pair');
  });

  it('finds one concern per rule in a text with one slip of each', () => {
    expect(runPunctuation(ONE_OF_EACH).map((finding) => `${finding.rule}/${finding.messageId}`)).toEqual([
      'empty-pair/emptyPair',
      'doubled-mark/doubledMarks',
      'half-width-mark/halfWidthPunctuation',
      'pinyin-gloss/pinyinGloss',
      'unpaired-mark/unclosedMark',
      'stray-space/spaceInText',
      'broken-line/brokenLine',
    ]);
  });

  it('turns every split rule off in an old config', () => {
    expect(runPunctuation(ONE_OF_EACH, { punctuation: 'off' })).toEqual([]);
    expect(runPunctuation(ONE_OF_EACH, { punctuation: { severity: 'off' } })).toEqual([]);
  });

  it('sets the severity of every split rule in an old config', () => {
    const findings = runPunctuation(ONE_OF_EACH, { punctuation: 'error' });
    expect(new Set(findings.map((finding) => finding.rule)).size).toBe(SPLIT_RULES.length);
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('yields to a setting under a split rule’s own id, whichever comes first', () => {
    for (const rules of [
      { punctuation: 'off', 'empty-pair': 'error' },
      { 'empty-pair': 'error', punctuation: 'off' },
    ] as Array<Record<string, RuleSetting>>) {
      expect(runPunctuation(ONE_OF_EACH, rules).map((finding) => `${finding.rule}:${finding.severity}`)).toEqual([
        'empty-pair:error',
      ]);
    }
    const findings = runPunctuation(ONE_OF_EACH, { punctuation: 'info', 'doubled-mark': 'off' });
    expect(findings.map((finding) => finding.rule)).not.toContain('doubled-mark');
    expect(findings.length).toBe(SPLIT_RULES.length - 1);
    expect(findings.every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('marks only the half-width fix as safe', () => {
    const findings = runPunctuation('请拨打“”热线。;危（wei）险,好');
    expect(findings.filter((finding) => finding.fix).map((finding) => finding.messageId)).toEqual(['halfWidthPunctuation']);
  });

  it('reports nothing in clean text with correct punctuation', () => {
    expect(runPunctuation('一、指导思想\n以习近平新时代中国特色社会主义思想为指导，坚持“四个全面”。')).toEqual([]);
  });
});

describe('punctuation damaged at random in correct drafts', () => {
  // A fixed pseudo-random sequence, so the test is the same on every run.
  let state = 20261121;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const damages: Array<{ pattern: RegExp; rate: number; replace: (mark: string) => string; reachBack: number }> = [
    { pattern: /“[^”\n]{1,12}”/gu, rate: 0.3, replace: () => '“”', reachBack: 0 }, // a quotation emptied
    { pattern: /[。，](?=\p{Script=Han})/gu, rate: 0.03, replace: (mark) => `${mark}；`, reachBack: 0 }, // a mark doubled
    { pattern: /）/gu, rate: 0.3, replace: () => '', reachBack: 30 }, // a closing bracket lost: reported at the opening one
    { pattern: /(?<=\p{Script=Han})”/gu, rate: 0.2, replace: (mark) => `、${mark}`, reachBack: 0 }, // a 顿号 left before ”
    { pattern: /(?<=\p{Script=Han})(?=\p{Script=Han})/gu, rate: 0.002, replace: () => '（zhong）', reachBack: 0 }, // a pinyin gloss
  ];
  let damaged = 0;
  let found = 0;
  let reported = 0;
  for (const fixture of listFixtures(['clean', 'examples', 'heldout'])) {
    const edits: Array<{ offset: number; length: number; text: string; reachBack: number }> = [];
    for (const damage of damages) {
      for (const match of fixture.text.matchAll(damage.pattern)) {
        if (random() < damage.rate) {
          edits.push({
            offset: match.index,
            length: match[0].length,
            text: damage.replace(match[0]),
            reachBack: damage.reachBack,
          });
        }
      }
    }
    // Keep damages apart from each other, then apply them from the start, tracking where each lands.
    edits.sort((a, b) => a.offset - b.offset);
    let text = '';
    let cursor = 0;
    const spans: Array<{ start: number; end: number }> = [];
    for (const edit of edits) {
      if (edit.offset < cursor + 3) continue;
      text += fixture.text.slice(cursor, edit.offset);
      spans.push({ start: text.length - edit.reachBack, end: text.length + Math.max(edit.text.length, 1) });
      text += edit.text;
      cursor = edit.offset + edit.length;
    }
    text += fixture.text.slice(cursor);
    const findings = runPunctuation(text).filter((finding) => finding.severity !== 'info');
    const hits = (span: { start: number; end: number }, finding: { offset: number; length: number }) =>
      finding.offset <= span.end && span.start <= finding.offset + finding.length;
    damaged += spans.length;
    found += spans.filter((span) => findings.some((finding) => hits(span, finding))).length;
    reported += findings.filter((finding) => !spans.some((span) => hits(span, finding))).length;
  }

  it('is found, every time', () => {
    expect(damaged).toBeGreaterThan(100);
    expect(found).toBe(damaged);
  });

  it('is all that is reported as an error or warning', () => {
    expect(reported).toBe(0);
  });
});
