import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, findRule } from '../src/index.js';
import { cli } from './helpers/cli.js';
import { listFixtures, readGoldSpans } from './helpers/fixtures.js';
import { segmenter } from './helpers/segmenters.js';
import { temporaryDirectory, temporaryFile } from './helpers/temporary-files.js';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const toFullWidth = (text: string) => text.replace(/[,;:?!()]/gu, (mark) => FULL_WIDTH[mark]!);
const digitsOf = (text: string) => (text.match(/\p{Nd}/gu) ?? []).join('');
/** `fixed <path>:<line>:<column>  "<old>" → "<new>"  (<rule>)` lines of stderr. */
const CHANGE_LINE = /^fixed (.+?):(\d+):(\d+) {2}(".*") → (".*") {2}\((.+)\)$/u;

function parseChanges(stderr: string): Array<{ path: string; oldText: string; newText: string; rule: string }> {
  return stderr
    .split('\n')
    .map((line) => CHANGE_LINE.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ path: match[1]!, oldText: JSON.parse(match[4]!), newText: JSON.parse(match[5]!), rule: match[6]! }));
}

const gold = readGoldSpans('seeds');

/** Error and warning findings per rule. */
function countByRule(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of analyze(text, { segmenter }).findings) {
    if (finding.severity !== 'info') counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  }
  return counts;
}

describe('tiankong lint --fix on copies of the seeds', async () => {
  const directory = temporaryDirectory('fix-seeds');
  const seeds = listFixtures(['seeds']);
  for (const seed of seeds) copyFileSync(seed.path, join(directory, basename(seed.path)));
  const run = await cli(['lint', directory, '--fix', '--format', 'json']);
  const changes = parseChanges(run.stderr);
  const fixed = new Map(seeds.map((seed) => [seed.name, readFileSync(join(directory, basename(seed.path)), 'utf8')]));

  it('keeps stdout machine-readable and lists the changes on stderr', () => {
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(changes.length).toBeGreaterThan(0);
  });

  describe.each(seeds.map((seed) => [seed.name, seed.text] as const))('%s', (name, original) => {
    const text = fixed.get(name)!;
    const doc = name.replace('seeds/', '');

    it('keeps every digit of the draft, in order (only whole residue blocks take theirs with them)', () => {
      let expected = toFullWidth(original);
      for (const change of changes.filter((candidate) => candidate.path.endsWith(doc) && candidate.rule === 'template-residue')) {
        expected = expected.replace(toFullWidth(change.oldText), '');
      }
      expect(digitsOf(text)).toBe(digitsOf(expected));
    });

    it('makes only the changes the safe fixes allow', () => {
      for (const change of changes.filter((candidate) => candidate.path.endsWith(doc))) {
        if (change.rule === 'half-width-mark') {
          // Half-width to full-width: marks (and the spaces typed after them) become their full-width forms.
          expect(change.oldText).toMatch(/^(?:[,;:?!()][ \t]*)+$/u);
          expect(change.newText).toBe(toFullWidth(change.oldText.replace(/[ \t]/gu, '')));
        } else if (change.rule === 'template-residue') {
          expect(change.newText).toBe('');
        } else {
          expect(change.rule).toBe('spun-word');
          expect(change.newText).toMatch(/^\p{Script=Han}+$/u);
        }
      }
    });

    it('leaves no half-width punctuation in Chinese text, and creates no new problem', () => {
      const after = analyze(text, { segmenter }).findings;
      expect(after.filter((finding) => finding.messageId === 'halfWidthPunctuation')).toEqual([]);
      const before = countByRule(original);
      for (const [rule, count] of countByRule(text)) expect(count, rule).toBeLessThanOrEqual(before.get(rule) ?? 0);
    });

    it.skipIf(!findRule('template-residue'))('deletes the template residue', () => {
      for (const span of gold.filter((candidate) => candidate.doc === doc && candidate.rule === 'template-residue')) {
        // Compared with punctuation made full-width: the punctuation fix may have converted the residue's marks first.
        expect(toFullWidth(text)).not.toContain(toFullWidth(span.text));
      }
    });

    it.skipIf(!findRule('spun-word'))('replaces the spun words', () => {
      for (const span of gold.filter((candidate) => candidate.doc === doc && candidate.rule === 'spun-word')) {
        if (span.level !== 'must' || !span.fix) continue;
        const context = original.slice(span.end, span.end + 2);
        expect(toFullWidth(text)).toContain(toFullWidth(span.fix + context));
      }
    });
  });

  it('is idempotent: a second run changes nothing', async () => {
    const again = await cli(['lint', directory, '--fix', '--format', 'json']);
    expect(parseChanges(again.stderr)).toEqual([]);
    for (const seed of seeds) expect(readFileSync(join(directory, basename(seed.path)), 'utf8')).toBe(fixed.get(seed.name));
  });
});

describe('tiankong lint --fix', () => {
  it('writes nothing without --fix', async () => {
    const path = temporaryFile('nofix', 'draft.txt', '半年来,在区委领导下,我局完成了任务。');
    const modified = statSync(path).mtimeMs;
    await cli(['lint', path]);
    expect(readFileSync(path, 'utf8')).toBe('半年来,在区委领导下,我局完成了任务。');
    expect(statSync(path).mtimeMs).toBe(modified);
  });

  it('fixes a file, prints each change, and reports only what remains', async () => {
    const path = temporaryFile('fix', 'draft.txt', '半年来,在区委领导下,我局完成了任务。\n使规章制度达项。热4爱祖国。');
    const run = await cli(['lint', path, '--fix', '--format', 'json']);
    expect(readFileSync(path, 'utf8')).toBe('半年来，在区委领导下，我局完成了任务。\n使规章制度达项。热4爱祖国。');
    expect(run.stderr).toContain(`fixed ${path}:1:4  "," → "，"  (half-width-mark)`);
    const findings = JSON.parse(run.stdout).files[0].findings as Array<{ rule: string; line: number }>;
    expect(findings.map((finding) => finding.rule)).toEqual(['blank-number', 'stray-digit']);
    expect(run.exitCode).toBe(1);
  });

  it('prints the fixed standard input on stdout and the report on stderr', async () => {
    const run = await cli(['lint', '-', '--fix'], { stdin: '半年来,我局使规章制度达项。' });
    expect(run.stdout).toBe('半年来，我局使规章制度达项。');
    expect(run.stderr).toContain('blank-number');
    expect(run.stderr).toContain('fixed <stdin>:1:4');
  });

  it('refuses standard input together with files', async () => {
    const path = temporaryFile('fix', 'draft.txt', '半年来,我局');
    const run = await cli(['lint', '-', path, '--fix'], { stdin: '半年来,我局' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--fix with standard input');
    expect(readFileSync(path, 'utf8')).toBe('半年来,我局');
  });
});
