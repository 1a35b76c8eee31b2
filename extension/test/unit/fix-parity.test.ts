import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as jieba from 'jieba-wasm';
import { analyze, applyFixes, createJiebaWasmSegmenter, type Finding } from 'tiankong/browser';
import { describe, expect, test } from 'vitest';
import { suggestedChange } from '../../src/ui/finding-context.js';

/**
 * The card and `tiankong lint --fix` ask the same fix policy (core/fix.ts):
 * over every fixture document, a fix the card offers to apply is one the CLI
 * applies, and a fix the CLI refuses is one the card does not offer.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures');
const FOLDERS = ['seeds', 'examples', 'clean', 'heldout', 'drafts'];
const segmenter = createJiebaWasmSegmenter(jieba);

const documents = FOLDERS.flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: `${folder}/${file}`, text: readFileSync(join(FIXTURES, folder, file), 'utf8') })),
);

/** What each shell decides for one finding: `apply` the fix, `refuse` it, or (no fix) offer the `suggestion` on click. */
type Decision = 'apply' | 'refuse' | 'suggestion' | 'nothing';

/** The CLI: one pass of `--fix` over this finding alone (other fixes only defer it, which is scheduling, not policy). */
function cliDecision(text: string, finding: Finding): Decision {
  const outcome = applyFixes(text, [finding]);
  if (outcome.changes.length > 0) return 'apply';
  if (outcome.refused.length > 0 || finding.fix) return 'refuse';
  return finding.replacements.length > 0 ? 'suggestion' : 'nothing';
}

/** The card: whether *Apply* is offered, and with which change. */
function cardDecision(text: string, finding: Finding): Decision {
  const change = suggestedChange(text, finding);
  if (finding.fix) {
    if (!change) return 'refuse';
    expect(change).toEqual({ offset: finding.fix.offset, length: finding.fix.length, text: finding.fix.text });
    return 'apply';
  }
  if (!change) return 'nothing';
  expect(change).toEqual({ offset: finding.offset, length: finding.length, text: finding.replacements[0] });
  return 'suggestion';
}

describe('the card applies a fix exactly when lint --fix does', () => {
  const tally = new Map<Decision, number>();

  test.each(documents.map((document) => [document.name, document.text] as const))('%s', (_name, text) => {
    const findings = analyze(text, { segmenter }).findings.filter((finding) => finding.fix || finding.replacements.length);
    for (const finding of findings) {
      const decision = cliDecision(text, finding);
      expect(cardDecision(text, finding), `${finding.rule}/${finding.messageId} at ${finding.offset}`).toBe(decision);
      tally.set(decision, (tally.get(decision) ?? 0) + 1);
    }
    // Together too: the fixes the card would apply are what one --fix pass applies to the whole document.
    const cardFixes = findings.filter((finding) => finding.fix && suggestedChange(text, finding));
    expect(applyFixes(text, cardFixes).text).toBe(applyFixes(text, findings).text);
  });

  test('the fixtures exercise applying and suggesting', () => {
    expect(tally.get('apply')).toBeGreaterThan(0);
    expect(tally.get('suggestion')).toBeGreaterThan(0);
  });
});

test('l、 becomes 1、 only as a suggestion, and a fix that added the digit would be refused by both shells', () => {
  const text = '（一）启动阶段\nl、全面学习。领会文件精神。\n2、健全机构。成立领导小组。\n3、组织调研。摸清底数。';
  const letter = analyze(text, { segmenter }).findings.find((finding) => finding.messageId === 'letterForDigit')!;
  expect(letter.fix).toBeUndefined();
  expect(cliDecision(text, letter)).toBe('suggestion');
  expect(cardDecision(text, letter)).toBe('suggestion');
  const asFix = { ...letter, fix: { offset: text.indexOf('l、'), length: 1, text: '1' } };
  expect(cliDecision(text, asFix)).toBe('refuse');
  expect(cardDecision(text, asFix)).toBe('refuse');
});
