import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FixWriteError, fixInput, writeFileAtomically, writeFixedFile } from '../src/cli/fix.js';
import { applyFixes, fixUntilStable, fixVerdict, minimalEdits } from '../src/core/fix.js';
import { analyze, type Finding, findRule } from '../src/index.js';
import { findingAt } from './helpers/findings.js';
import { segmenter } from './helpers/segmenters.js';
import { temporaryDirectory } from './helpers/temporary-files.js';

/** A finding carrying a safe fix that replaces `length` units at `offset` by `text`. */
function fixing(offset: number, length: number, text: string, rule = 'some-rule'): Finding {
  return findingAt(offset, length, { rule, severity: 'warning', category: 'style', fix: { offset, length, text } });
}

/** A residue finding as the analyzer builds it: its fix carries the permission the rule's meta declares. */
function asResidue(finding: Finding): Finding {
  return { ...finding, fix: { ...finding.fix!, digits: findRule('template-residue')!.meta.fixDigits } };
}

describe('minimalEdits', () => {
  it('reduces a replacement to the characters it changes', () => {
    expect(minimalEdits('来,在2009年,我局', '来，在2009年，我局')).toEqual([
      { offset: 1, length: 1, text: '，' },
      { offset: 8, length: 1, text: '，' },
    ]);
  });

  it('handles insertions, deletions and length changes', () => {
    expect(minimalEdits('人, 共', '人，共')).toEqual([{ offset: 1, length: 2, text: '，' }]);
    expect(minimalEdits('泛博干部', '广大干部')).toEqual([{ offset: 0, length: 2, text: '广大' }]);
    expect(minimalEdits('已##广告##顺利', '已顺利')).toEqual([{ offset: 1, length: 6, text: '' }]);
    expect(minimalEdits('abc', 'abc')).toEqual([]);
  });

  it('never splits a surrogate pair', () => {
    const edits = minimalEdits('a𠀀b', 'a𠀁b');
    expect(edits).toEqual([{ offset: 1, length: 2, text: '𠀁' }]);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes, from the end backwards', () => {
    const text = '半年来,泛博干部;积极参与';
    const outcome = applyFixes(text, [fixing(3, 1, '，'), fixing(4, 2, '广大'), fixing(8, 1, '；')]);
    expect(outcome.text).toBe('半年来，广大干部；积极参与');
    expect(outcome.changes.map((change) => [change.offset, change.oldText, change.newText])).toEqual([
      [3, ',', '，'],
      [4, '泛博', '广大'],
      [8, ';', '；'],
    ]);
  });

  it('refuses a fix that removes, inserts or changes a digit', () => {
    const text = '工作总结(共7篇)，热4爱祖国，二〇二三年';
    const outcome = applyFixes(text, [fixing(4, 5, ''), fixing(10, 3, '热爱'), fixing(16, 0, '2')]);
    expect(outcome.text).toBe(text);
    expect(outcome.changes).toEqual([]);
    expect(outcome.refused.map((refusal) => refusal.text)).toEqual(['(共7篇)', '热4爱', '']);
  });

  it('deletes a whole block of template residue even when it holds digits (the website’s, not the draft’s)', () => {
    const text = '工作总结(共7篇)\n正文';
    const residue = asResidue({ ...fixing(4, 5, '', 'template-residue'), category: 'residue' });
    const outcome = applyFixes(text, [residue]);
    expect(outcome.text).toBe('工作总结\n正文');
    expect(outcome.refused).toEqual([]);
    const withLineBreak = asResidue({ ...fixing(4, 6, '', 'template-residue'), category: 'residue', length: 5 });
    expect(applyFixes(text, [withLineBreak]).text).toBe('工作总结正文');
    const partial = asResidue({ ...fixing(5, 3, '', 'template-residue'), category: 'residue', offset: 4, length: 5 });
    expect(applyFixes(text, [partial]).refused).toHaveLength(1);
  });

  it('accepts a fix that only copies digits unchanged', () => {
    const text = '2005,我局共3次,好';
    const outcome = applyFixes(text, [fixing(4, 7, '，我局共3次，')]);
    expect(outcome.text).toBe('2005，我局共3次，好');
    expect(outcome.refused).toEqual([]);
  });

  it('defers a fix that overlaps one already taken, and never applies half of it', () => {
    const text = '已世界秘书网版权所有,顺利完成,好';
    const residue = fixing(1, 10, '', 'template-residue');
    const punctuation = fixing(10, 5, '，顺利完成，');
    const outcome = applyFixes(text, [punctuation, residue]);
    expect(outcome.text).toBe('已顺利完成,好');
    expect(outcome.deferred).toBe(1);
  });
});

describe('fixVerdict', () => {
  it('allows a fix, with the characters it really changes', () => {
    expect(fixVerdict('来,在2009年,我局', fixing(0, 11, '来，在2009年，我局'))).toMatchObject({
      allowed: true,
      edits: [
        { offset: 1, length: 1, text: '，' },
        { offset: 8, length: 1, text: '，' },
      ],
    });
    expect(fixVerdict('来,在', findingAt(1, 1, { replacements: ['，'] }))).toBeUndefined();
  });

  it('refuses a fix that touches a digit, or changes nothing, or lies outside the text', () => {
    expect(fixVerdict('热4爱祖国', fixing(0, 3, '热爱'))).toMatchObject({ allowed: false, refusal: 'touchesDigit' });
    expect(fixVerdict('热爱祖国', fixing(0, 2, '热爱'))).toMatchObject({ allowed: false, refusal: 'changesNothing' });
    expect(fixVerdict('热爱', fixing(1, 5, ''))).toMatchObject({ allowed: false, refusal: 'outsideText' });
  });

  it('lets digits go only where the rule’s meta says so, never because of the category', () => {
    const text = '工作总结(共7篇)\n正文';
    const residueByCategoryOnly: Finding = { ...fixing(4, 5, ''), category: 'residue' };
    expect(fixVerdict(text, residueByCategoryOnly)).toMatchObject({ allowed: false });
    expect(fixVerdict(text, asResidue(fixing(4, 5, '')))).toMatchObject({ allowed: true });
    expect(findRule('template-residue')!.meta.fixDigits).toBe('deleted-with-span');
    expect(analyze(text, { segmenter }).findings.find((finding) => finding.rule === 'template-residue')?.fix).toMatchObject({
      digits: 'deleted-with-span',
    });
  });

  it('refuses to turn l、 into 1、: heading-numbering only suggests it, and a fix that did so would be refused', () => {
    const text = '（一）启动阶段\nl、全面学习。领会文件精神。\n2、健全机构。成立领导小组。\n3、组织调研。摸清底数。';
    const letter = analyze(text, { segmenter }).findings.find((finding) => finding.messageId === 'letterForDigit')!;
    expect(letter.fix).toBeUndefined();
    expect(letter.replacements).toEqual(['1、全']);
    expect(findRule('heading-numbering')!.meta.fixDigits).toBeUndefined();
    const asFix = { ...letter, fix: { offset: text.indexOf('l、'), length: 1, text: '1' } };
    expect(fixVerdict(text, asFix)).toMatchObject({ allowed: false, reason: 'the change would touch a digit' });
    const outcome = applyFixes(text, [asFix]);
    expect(outcome.text).toBe(text);
    expect(outcome.refused).toMatchObject([{ rule: 'heading-numbering', text: 'l', reason: 'the change would touch a digit' }]);
  });
});

describe('fixUntilStable', () => {
  /** A stand-in linter: every half-width comma gets its own fix, and 泛博 becomes 广大. */
  const lint = (text: string) => ({
    findings: [...text.matchAll(/,|泛博/gu)].map((match) =>
      fixing(match.index, match[0].length, match[0] === ',' ? '，' : '广大'),
    ),
  });

  it('fixes until nothing is left and returns the last analysis', () => {
    const outcome = fixUntilStable('泛博,干部\n泛博,群众', lint);
    expect(outcome.text).toBe('广大，干部\n广大，群众');
    expect(outcome.result.findings).toEqual([]);
  });

  it('reports changes of later passes at their place in the original text', () => {
    // The punctuation fix also converts the comma inside the residue, so the residue waits for the second pass.
    const lintWithResidue = (text: string) => {
      const findings: Finding[] = [];
      if (text.includes(','))
        findings.push(fixing(0, text.indexOf('丙'), text.slice(0, text.indexOf('丙')).replace(/, ?/gu, '，')));
      const residue = /##[^#]+##/u.exec(text);
      if (residue) findings.push(fixing(residue.index, residue[0].length, '', 'template-residue'));
      return { findings };
    };
    const outcome = fixUntilStable('甲, 乙##广,告##丙\n丁', lintWithResidue);
    expect(outcome.text).toBe('甲，乙丙\n丁');
    const residue = outcome.changes.find((change) => change.rule === 'template-residue')!;
    expect(residue).toMatchObject({ offset: 4, line: 1, column: 5, oldText: '##广，告##', newText: '' });
  });

  it('stops after a bounded number of passes when a fix keeps coming back', () => {
    let passes = 0;
    const outcome = fixUntilStable('甲', (text) => {
      passes++;
      return { findings: [fixing(0, 0, '乙')] as Finding[], text };
    });
    expect(outcome.text).toBe(`${'乙'.repeat(10)}甲`);
    expect(passes).toBe(11);
  });
});

describe('writing files', () => {
  it('replaces a file atomically, keeping its permissions and leaving no temporary file', () => {
    const directory = temporaryDirectory('fix');
    const path = join(directory, 'draft.txt');
    writeFileSync(path, 'old', { mode: 0o640 });
    writeFileAtomically(path, '新内容');
    expect(readFileSync(path, 'utf8')).toBe('新内容');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(directory)).toEqual(['draft.txt']);
  });

  it('writes through a symbolic link, which stays a link', () => {
    const directory = temporaryDirectory('fix');
    writeFileSync(join(directory, 'real.txt'), 'old');
    symlinkSync(join(directory, 'real.txt'), join(directory, 'link.txt'));
    writeFileAtomically(join(directory, 'link.txt'), 'new');
    expect(lstatSync(join(directory, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(directory, 'real.txt'), 'utf8')).toBe('new');
  });

  it('writes a GB18030 file back in GB18030 and keeps a UTF-8 byte-order mark', () => {
    const directory = temporaryDirectory('fix');
    const gbk = join(directory, 'gbk.txt');
    writeFileSync(gbk, iconv.encode('半年来,我局', 'gb18030'));
    writeFixedFile(gbk, '半年来,我局', '半年来，我局', 'gb18030');
    expect(iconv.decode(readFileSync(gbk), 'gb18030')).toBe('半年来，我局');

    const bom = join(directory, 'bom.txt');
    writeFileSync(bom, '\uFEFF半年来,我局');
    writeFixedFile(bom, '半年来,我局', '半年来，我局', 'utf-8-bom');
    expect(readFileSync(bom, 'utf8')).toBe('\uFEFF半年来，我局');
  });

  it('refuses to write a file that changed after it was read', () => {
    const directory = temporaryDirectory('fix');
    const path = join(directory, 'draft.txt');
    writeFileSync(path, '别人刚改过');
    expect(() => writeFixedFile(path, '半年来,我局', '半年来，我局', 'utf-8')).toThrow(FixWriteError);
    expect(readFileSync(path, 'utf8')).toBe('别人刚改过');
  });

  it('does not write Word documents', () => {
    const messages: string[] = [];
    const lint = (text: string) => ({ findings: [fixing(3, 1, '，')], text });
    const outcome = fixInput({ path: 'draft.docx', text: '半年来,我局', format: 'docx' }, lint, (message) =>
      messages.push(message),
    );
    expect(outcome.text).toBe('半年来,我局');
    expect(messages.join('')).toContain('not fixed');
  });
});
