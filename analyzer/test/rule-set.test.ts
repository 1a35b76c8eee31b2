/**
 * The core runs the rules it is given (`ruleSet`), so a failing rule can be
 * passed in and its isolation tested, and settings reach rules by id or by
 * an old id shared by a rule's successors.
 */
import { describe, expect, it } from 'vitest';
import { analyze as analyzeWithRules } from '../src/core/index.js';
import { defineRule, findRule, RULES, type Rule, type RuleReport } from '../src/index.js';
import { segmenter } from './helpers/segmenters.js';

const blankNumber = findRule('blank-number')!;
const DRAFT = '使规章制度达项。';

function ruleReporting(id: string, report: RuleReport, extra: Partial<Rule['meta']> = {}): Rule {
  return defineRule({
    meta: {
      id,
      category: 'style',
      defaultSeverity: 'warning',
      name: { zh: '测试', en: 'Test' },
      description: { zh: '测试', en: 'test' },
      messages: { found: { zh: '发现', en: 'found' } },
      fixable: false,
      ...extra,
    },
    check: (context) => context.report(report),
  }) as Rule;
}

describe('the rule set passed to the core', () => {
  it('runs only the rules it is given', () => {
    const result = analyzeWithRules(DRAFT, { segmenter, ruleSet: [blankNumber] });
    expect(new Set(result.findings.map((finding) => finding.rule))).toEqual(new Set(['blank-number']));
    expect(analyzeWithRules(DRAFT, { segmenter, ruleSet: [] }).findings).toEqual([]);
  });

  it('isolates a rule that throws: its failure is recorded and the other rules still report', () => {
    const throwing = defineRule({
      meta: { ...ruleReporting('always-throws', { offset: 0, length: 1, messageId: 'found' }).meta },
      check: () => {
        throw new Error('boom');
      },
    }) as Rule;
    const alone = analyzeWithRules(DRAFT, { segmenter, ruleSet: [blankNumber] });
    const result = analyzeWithRules(DRAFT, { segmenter, ruleSet: [throwing, blankNumber] });
    expect(result.ruleFailures).toEqual([{ rule: 'always-throws', message: 'boom' }]);
    expect(result.findings).toEqual(alone.findings);
  });

  it.each([
    ['a span past the end of the text', { offset: 0, length: DRAFT.length + 1, messageId: 'found' }, /out-of-range span/],
    ['a negative offset', { offset: -1, length: 1, messageId: 'found' }, /out-of-range span/],
    ['a message id it does not define', { offset: 0, length: 1, messageId: 'missing' }, /unknown message id missing/],
  ])('treats a rule that reports %s as failed, with no findings from it', (_case, report, message) => {
    const result = analyzeWithRules(DRAFT, { segmenter, ruleSet: [ruleReporting('bad-report', report)] });
    expect(result.findings).toEqual([]);
    expect(result.ruleFailures).toHaveLength(1);
    expect(result.ruleFailures[0]!.message).toMatch(message);
  });

  it('isolates a failing paragraph-scoped rule the same way', () => {
    const throwing = defineRule({
      meta: { ...ruleReporting('throws-per-line', { offset: 0, length: 1, messageId: 'found' }).meta, scope: 'paragraph' },
      check: () => {
        throw new Error('line boom');
      },
    }) as Rule;
    const result = analyzeWithRules(`${DRAFT}\n${DRAFT}`, { segmenter, ruleSet: [throwing, blankNumber] });
    expect(result.ruleFailures).toEqual([{ rule: 'throws-per-line', message: 'line 1: line boom' }]);
    expect(result.findings.filter((finding) => finding.rule === 'blank-number')).toHaveLength(2);
  });

  it('applies a setting under an old id to every rule that carries it, and the own id wins', () => {
    const first = ruleReporting('split-a', { offset: 0, length: 1, messageId: 'found' }, { deprecatedIds: ['group'] });
    const second = ruleReporting('split-b', { offset: 1, length: 1, messageId: 'found' }, { deprecatedIds: ['group'] });
    const ruleSet = [first, second];
    const severities = (rules: Record<string, 'off' | 'info' | 'warning' | 'error'>) =>
      analyzeWithRules(DRAFT, { segmenter, ruleSet, rules }).findings.map((finding) => `${finding.rule}:${finding.severity}`);
    expect(severities({})).toEqual(['split-a:warning', 'split-b:warning']);
    expect(severities({ group: 'off' })).toEqual([]);
    expect(severities({ group: 'error' })).toEqual(['split-a:error', 'split-b:error']);
    expect(severities({ group: 'off', 'split-b': 'info' })).toEqual(['split-b:info']);
    expect(severities({ 'split-b': 'info', group: 'off' })).toEqual(['split-b:info']);
  });

  it('the package entry binds the built-in rules when none are passed', async () => {
    const { analyze } = await import('../src/index.js');
    const bound = analyze(DRAFT, { segmenter });
    expect(bound).toMatchObject({ findings: analyzeWithRules(DRAFT, { segmenter, ruleSet: RULES }).findings });
  });
});
