import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/analysis/analyzer-core.js';
import { EDITOR_ADAPTERS } from '../../src/editors/index.js';
import { backgroundRequestSchema, contentRequestSchema, EDITOR_FAMILIES } from '../../src/messaging/protocol.js';
import {
  DEFAULT_SETTINGS,
  disabledRuleIds,
  isSiteDisabled,
  parseSites,
  parseStoredSettings,
  toAnalyzerSettings,
} from '../../src/settings/settings.js';

describe('settings', () => {
  test('Chinese, every rule on, every site on by default', () => {
    expect(DEFAULT_SETTINGS).toEqual({ language: 'zh', disabledRules: [], disabledSites: [] });
  });

  test('malformed stored settings fall back to the defaults', () => {
    expect(parseStoredSettings({ language: 'fr' })).toEqual(DEFAULT_SETTINGS);
    expect(parseStoredSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseStoredSettings({ language: 'en' })).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  test('rules turned off become analyzer settings', () => {
    expect(toAnalyzerSettings({ ...DEFAULT_SETTINGS, disabledRules: ['vague-quantity'] })).toEqual({
      language: 'zh',
      rules: { 'vague-quantity': 'off' },
    });
  });

  test('a rule turned off before it was split stands for every rule split from it', () => {
    const split = RULES.filter((rule) => rule.meta.deprecatedIds?.includes('punctuation')).map((rule) => rule.meta.id);
    expect(split).toContain('empty-pair');
    expect(split.length).toBeGreaterThan(1);
    expect(disabledRuleIds({ disabledRules: ['punctuation', 'vague-quantity'] }, RULES)).toEqual([...split, 'vague-quantity']);
    // Turned off as a part and as the whole: listed once.
    expect(disabledRuleIds({ disabledRules: ['empty-pair', 'punctuation'] }, RULES)).toEqual([
      'empty-pair',
      ...split.filter((id) => id !== 'empty-pair'),
    ]);
    expect(disabledRuleIds({ disabledRules: ['no-such-rule', 'blank-number'] }, RULES)).toEqual(['blank-number']);
  });

  test('sites: one host per line, URLs reduced to their host', () => {
    expect(parseSites('docs.example.gov.cn\nhttps://oa.example.cn/edit?id=1\n\n docs.example.gov.cn ')).toEqual([
      'docs.example.gov.cn',
      'oa.example.cn',
    ]);
    expect(isSiteDisabled({ ...DEFAULT_SETTINGS, disabledSites: ['oa.example.cn'] }, 'oa.example.cn')).toBe(true);
    expect(isSiteDisabled({ ...DEFAULT_SETTINGS, disabledSites: ['oa.example.cn'] }, 'example.cn')).toBe(false);
  });
});

describe('message protocol', () => {
  test('accepts well-formed requests and rejects anything else', () => {
    expect(backgroundRequestSchema.safeParse({ type: 'analyzeText', text: '达项' }).success).toBe(true);
    expect(
      backgroundRequestSchema.safeParse({
        type: 'analyzeDocument',
        documentId: 'a',
        editor: 'quill',
        hostname: 'example.cn',
        pageTitle: '',
        text: '',
      }).success,
    ).toBe(true);
    expect(
      backgroundRequestSchema.safeParse({ type: 'analyzeDocument', documentId: 'a', editor: 'word', text: '' }).success,
    ).toBe(false);
    expect(backgroundRequestSchema.safeParse({ type: 'fetch', url: 'https://example.com' }).success).toBe(false);
    expect(contentRequestSchema.safeParse({ type: 'revealFinding', documentId: 'a', offset: -1, length: 2 }).success).toBe(false);
  });

  test('names every editor family, each with one registered adapter', () => {
    expect(EDITOR_ADAPTERS.map((adapter) => adapter.family).sort()).toEqual([...EDITOR_FAMILIES].sort());
  });
});
