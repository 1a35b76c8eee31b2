import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/analysis/analyzer-core.js';
import { RULE_NAMES, ruleName } from '../../src/ui/rule-names.js';

const TABLE = new URL('../../src/ui/rule-names.json', import.meta.url);

describe('the rule-name table the card and the panel read', () => {
  const fromMeta = Object.fromEntries(
    [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((rule) => [rule.meta.id, rule.meta.name]),
  );

  test('equals every rule meta’s name (TIANKONG_UPDATE_RULE_NAMES=1 rewrites it)', () => {
    if (process.env.TIANKONG_UPDATE_RULE_NAMES === '1') {
      writeFileSync(TABLE, `${JSON.stringify(fromMeta, null, 2)}\n`);
      expect(JSON.parse(readFileSync(TABLE, 'utf8'))).toEqual(fromMeta);
      return;
    }
    expect(RULE_NAMES).toEqual(fromMeta);
  });

  test('names a rule in the language asked for; an unknown id is shown as it is', () => {
    expect(ruleName('blank-number', 'zh')).toBe('缺少数字');
    expect(ruleName('placeholder-name', 'zh')).toBe('模板占位符');
    expect(ruleName('template-residue', 'zh')).toBe('范文残留');
    expect(ruleName('blank-number', 'en')).toBe(RULES.find((rule) => rule.meta.id === 'blank-number')!.meta.name.en);
    expect(ruleName('no-such-rule', 'zh')).toBe('no-such-rule');
  });
});
