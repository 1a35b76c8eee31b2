import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentOptionsBlock, docsPath, optionsBlock } from '../scripts/rule-options-docs.js';
import { findRule, RULES } from '../src/index.js';
import { readRuleDocExamples } from './helpers/rule-docs.js';
import { runRule } from './helpers/rule-tester.js';

// The examples on each rule's docs page are executed, so the docs cannot drift from the code.
describe.each(RULES.map((rule) => rule.meta.id))('docs of %s', (ruleId) => {
  const { reported, notReported } = readRuleDocExamples(ruleId);

  it('has examples of both kinds', () => {
    expect(reported.length).toBeGreaterThan(0);
    expect(notReported.length).toBeGreaterThan(0);
  });

  it.each(reported)('❌ %s', (example) => {
    expect(runRule(ruleId, example).length).toBeGreaterThan(0);
  });

  it('documents its options with the table generated from meta.options (npm run docs -w analyzer)', () => {
    const rule = findRule(ruleId)!;
    expect(currentOptionsBlock(readFileSync(docsPath(rule), 'utf8'))).toBe(optionsBlock(rule));
  });

  it.each(notReported)('✅ %s', (example) => {
    expect(runRule(ruleId, example).map((finding) => finding.text)).toEqual([]);
  });
});
