/**
 * Rule options live in the rule's meta (a zod schema) and are set under the
 * rule in the settings; the old top-level keys (`spunWords`,
 * `placeholderPatterns`) still work as the rules' `optionAliases`.
 */
import { describe, expect, it } from 'vitest';
import { analyze, findRule, RULES } from '../src/index.js';
import { segmenter } from './helpers/segmenters.js';

const spunWord = findRule('spun-word')!;
const placeholderName = findRule('placeholder-name')!;
const SPUN = '切实加强队伍鼎新，推动工作落实。';
const HOUSE_PLACEHOLDER = '请【单位名称】于本周内报送材料。';

const fixes = (settings: Record<string, unknown>) =>
  analyze(SPUN, { segmenter, ruleSet: [spunWord], ...settings }).findings.map((finding) => finding.fix?.text);

describe('rule options', () => {
  it('are read from under the rule', () => {
    expect(fixes({ rules: { 'spun-word': { options: { words: { 鼎新: '建设' } } } } })).toEqual(['建设']);
    expect(fixes({})).toEqual([]);
  });

  it('keep a severity beside them, and a severity alone keeps the defaults', () => {
    const result = analyze(SPUN, {
      segmenter,
      ruleSet: [spunWord],
      rules: { 'spun-word': { severity: 'error', options: { words: { 鼎新: '建设' } } } },
    });
    expect(result.findings.map((finding) => finding.severity)).toEqual(['error']);
    expect(fixes({ rules: { 'spun-word': { severity: 'info' } } })).toEqual([]);
  });

  it('accept the old top-level keys, and an option under the rule wins', () => {
    expect(fixes({ spunWords: { 鼎新: '建设' } })).toEqual(['建设']);
    expect(fixes({ spunWords: { 鼎新: '建设' }, rules: { 'spun-word': { options: { words: { 鼎新: '革新' } } } } })).toEqual([
      '革新',
    ]);
    const placeholders = (settings: Record<string, unknown>) =>
      analyze(HOUSE_PLACEHOLDER, { segmenter, ruleSet: [placeholderName], ...settings }).findings.map((finding) => finding.text);
    expect(placeholders({ placeholderPatterns: ['【单位名称】'] })).toEqual(['【单位名称】']);
    expect(placeholders({ rules: { 'placeholder-name': { options: { patterns: ['/【[^】]+】/'] } } } })).toEqual([
      '【单位名称】',
    ]);
    expect(placeholders({})).toEqual([]);
  });

  it('that do not parse are named in ruleFailures: bad entries are dropped, unreadable options leave the rule out', () => {
    const result = analyze(`${SPUN}于年月`, {
      segmenter,
      rules: { 'spun-word': { options: { words: { 鼎新: '' } } }, 'placeholder-name': { options: { pattern: [] } } },
    });
    expect(result.ruleFailures.map((failure) => failure.rule).sort()).toEqual(['placeholder-name', 'spun-word']);
    expect(result.ruleFailures.find((failure) => failure.rule === 'spun-word')!.message).toMatch(
      /^invalid options: words\.鼎新/u,
    );
    expect(result.findings.some((finding) => finding.rule === 'placeholder-date')).toBe(true);
    expect(result.findings.some((finding) => finding.rule === 'spun-word')).toBe(false);
    const salvaged = analyze(`${SPUN}鼎新`, {
      segmenter,
      ruleSet: [spunWord],
      rules: { 'spun-word': { options: { words: { 鼎新: '建设', 队伍: '' } } } },
    });
    expect(salvaged.findings.map((finding) => finding.fix?.text)).toEqual(['建设', '建设']);
    expect(salvaged.ruleFailures).toHaveLength(1);
  });

  it('are described in every rule that has them, so the docs and the JSON Schema can say what they do', () => {
    for (const rule of RULES.filter((candidate) => candidate.meta.options)) {
      const shape = (rule.meta.options as unknown as { shape: Record<string, { description?: string }> }).shape;
      for (const [name, field] of Object.entries(shape)) expect(field.description, `${rule.meta.id}.${name}`).toBeTruthy();
      for (const option of Object.values(rule.meta.optionAliases ?? {})) expect(Object.keys(shape)).toContain(option);
    }
  });
});
