import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CATEGORIES, RULES, SEVERITIES } from '../src/index.js';
import { RULE_DOCS_DIRECTORY } from './helpers/rule-docs.js';

const RULES_DIRECTORY = join(import.meta.dirname, '../src/rules');
const RULE_TESTS_DIRECTORY = join(import.meta.dirname, 'rules');

describe('project conventions', () => {
  const ruleFiles = readdirSync(RULES_DIRECTORY).filter((file) => file.endsWith('.ts') && file !== 'index.ts');

  it('registers every rule file, sorted by id', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(ruleFiles.map((file) => file.replace(/\.ts$/u, '')).sort()).toEqual(ids);
  });

  it('gives every rule a name of its own, in Chinese and in English', () => {
    for (const language of ['zh', 'en'] as const) {
      const names = RULES.map((rule) => rule.meta.name[language]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('has valid metadata with messages in Chinese and English', () => {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
      expect(RULE_CATEGORIES).toContain(rule.meta.category);
      expect(SEVERITIES).toContain(rule.meta.defaultSeverity);
      expect(rule.meta.description.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.meta.description.en).toMatch(/[a-z]/u);
      // A name is a label a clerk reads at a glance, not a sentence.
      expect(rule.meta.name.zh).toMatch(/^\p{Script=Han}{2,8}$/u);
      expect(rule.meta.name.en).toMatch(/^[A-Z][a-z -]{2,30}$/u);
      for (const message of Object.values(rule.meta.messages)) {
        expect(message.zh).toMatch(/\p{Script=Han}/u);
        expect(message.en).toMatch(/[a-z]/u);
      }
    });

    it('has a docs page listing every message id', () => {
      const page = join(RULE_DOCS_DIRECTORY, `${id}.md`);
      expect(existsSync(page)).toBe(true);
      const markdown = readFileSync(page, 'utf8');
      expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
      for (const messageId of Object.keys(rule.meta.messages)) expect(markdown).toContain(`\`${messageId}\``);
    });

    it('never takes an id another rule has or had, and names the page of each id it replaces', () => {
      for (const oldId of rule.meta.deprecatedIds ?? []) {
        expect(RULES.map((other) => other.meta.id)).not.toContain(oldId);
        // The old id's page (kept, as ESLint keeps a deprecated rule's) says where its findings went.
        const page = readFileSync(join(RULE_DOCS_DIRECTORY, `${oldId}.md`), 'utf8');
        expect(page.startsWith(`# ${oldId}\n`)).toBe(true);
        expect(page).toContain(`(${id}.md)`);
        // And the rule's own page says what it replaces.
        expect(readFileSync(join(RULE_DOCS_DIRECTORY, `${id}.md`), 'utf8')).toContain(`(${oldId}.md)`);
      }
    });

    it('has a test file with valid and invalid cases', () => {
      const testFile = join(RULE_TESTS_DIRECTORY, `${id}.test.ts`);
      expect(existsSync(testFile)).toBe(true);
      const source = readFileSync(testFile, 'utf8');
      expect(source).toContain('valid:');
      expect(source).toContain('invalid:');
    });
  });
});
