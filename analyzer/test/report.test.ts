import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRule } from '../src/index.js';
import { launchChromium } from './helpers/browser.js';
import { cli, lintJson } from './helpers/cli.js';
import { buildWordFile } from './helpers/docx.js';
import { FIXTURES_DIRECTORY } from './helpers/fixtures.js';
import { temporaryDirectory } from './helpers/temporary-files.js';

const EXAMPLE = join(FIXTURES_DIRECTORY, 'examples/街道安全生产工作总结.txt');
const directory = temporaryDirectory('report');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function writeReport(input: string, name: string, extra: string[] = []): Promise<string> {
  const output = join(directory, name);
  const run = await cli(['report', input, '-o', output, ...extra]);
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toBe('');
  return output;
}

/** Opens the report like a reviewer would (file://), recording every request the page makes and every dialog. */
async function openReport(path: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  return { page, requests, dialogs };
}

describe('tiankong report', () => {
  it('summarises, outlines, marks and lists every gap of a draft, offline', async () => {
    const output = await writeReport(EXAMPLE, 'example.html');
    const findings = (await lintJson([EXAMPLE])).files[0]!.findings;
    const errors = findings.filter((finding) => finding.severity === 'error');
    const toFix = findings.filter((finding) => finding.severity !== 'info');
    expect(errors.length).toBeGreaterThan(5);

    const html = readFileSync(output, 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/iu);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);

    const { page, requests } = await openReport(output);
    expect(requests).toEqual([pathToFileURL(output).href]);

    // Summary.
    expect(await page.textContent('[data-count="error"]')).toBe(String(errors.length));
    expect(await page.textContent('[data-count="warning"]')).toBe(
      String(findings.filter((f) => f.severity === 'warning').length),
    );
    const kinds = await page.$$eval('table.kinds tbody tr', (rows) =>
      rows.map((row) => ({
        rule: row.getAttribute('data-rule'),
        name: row.children[1]!.querySelector('strong')!.textContent,
        must: Number(row.children[2]!.textContent),
      })),
    );
    for (const { rule, name, must } of kinds) {
      expect(must).toBe(errors.filter((finding) => finding.rule === rule).length);
      // The reader meets the rule's name (缺少数字); the id stays beside it for configs.
      expect(name).toBe(findRule(rule!)!.meta.name.zh);
    }

    // Checklist: one item per error and warning, numbered like the marks in the text, linked both ways.
    const items = await page.$$eval('#checklist li', (elements) =>
      elements.map((element) => ({
        id: element.id,
        rule: element.getAttribute('data-rule'),
        target: element.querySelector('.number a')!.getAttribute('href'),
        checkbox: element.querySelector('input[type=checkbox]') !== null,
      })),
    );
    expect(items).toHaveLength(toFix.length);
    expect(items.map((item) => item.rule)).toEqual(toFix.map((finding) => finding.rule));
    for (const item of items) {
      expect(item.checkbox).toBe(true);
      expect(item.target).toBe(`#f-${item.id.slice(2)}`);
      expect(await page.$eval(item.target!, (anchor) => anchor.querySelector('a')!.getAttribute('href'))).toBe(`#${item.id}`);
    }
    expect(await page.$$eval('#text sup.n', (anchors) => anchors.length)).toBe(findings.length);

    // Ticking works without scripts.
    await page.click('#checklist li:first-child input');
    expect(await page.isChecked('#checklist li:first-child input')).toBe(true);

    // The full text reads exactly as the draft once the numbers and carets are taken out.
    const shown = await page.$$eval('#text .line .content', (contents) =>
      contents.map((content) => {
        const copy = content.cloneNode(true) as typeof content;
        for (const extra of copy.querySelectorAll('sup.n, mark.empty')) extra.remove();
        return copy.textContent;
      }),
    );
    expect(shown).toEqual(readFileSync(EXAMPLE, 'utf8').split('\n'));
    // Every finding's text is highlighted.
    const marked = await page.$$eval('#text mark:not(.empty)', (marks) => marks.map((mark) => mark.textContent).join('|'));
    for (const finding of findings) expect(marked).toContain(finding.text);

    // Outline: the draft's headings, each with the number of gaps inside it.
    const sections = await page.$$eval('.outline li', (elements) =>
      elements.map((element) => ({
        label: element.querySelector('a')!.textContent,
        start: Number(element.getAttribute('data-start')),
        end: Number(element.getAttribute('data-end')),
        must: Number(element.querySelector('.counts')!.getAttribute('data-must-fix')),
      })),
    );
    expect(sections.map((section) => section.label)).toEqual(
      expect.arrayContaining(['一、主要工作及成效', '（一）强化组织领导，压实安全责任', '三、下半年工作打算']),
    );
    for (const section of sections) {
      expect(section.must).toBe(
        errors.filter((finding) => finding.offset >= section.start && finding.offset < section.end).length,
      );
    }

    const screenshot = join(directory, 'report.png');
    await page.screenshot({ path: screenshot });
    expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  it('works for a Word file, with paragraph numbers', async () => {
    const word = join(directory, '汇报.docx');
    writeFileSync(word, await buildWordFile(['县卫健局创建工作汇报', '一、主要做法', '今年共举办培训班期，于年月通过验收。']));
    const output = await writeReport(word, 'word.html');
    const { page } = await openReport(output);
    expect(await page.textContent('header .meta')).toContain('Word 文档');
    expect(await page.$$eval('#text .gutter', (gutters) => gutters.map((gutter) => gutter.textContent))).toEqual([
      '¶1',
      '¶2',
      '¶3',
    ]);
    expect(await page.$$eval('#checklist .where', (wheres) => wheres.every((where) => where.textContent!.includes('段 3')))).toBe(
      true,
    );
    expect(await page.$$eval('#checklist li', (items) => items.length)).toBe(2);
    await page.close();
  });

  it('escapes the draft: markup in the text is shown, never run', async () => {
    const hostile = join(directory, 'hostile.txt');
    const lines = [
      '<script>alert("x")</script>工作总结',
      '<img src=x onerror=alert(1)>使规章制度达项。',
      "\"><b>&amp; 于年月</b> '引号'",
    ];
    writeFileSync(hostile, lines.join('\n'));
    const output = await writeReport(hostile, 'hostile.html');
    const { page, dialogs, requests } = await openReport(output);
    expect(await page.$$eval('script, img, b', (elements) => elements.length)).toBe(0);
    const shown = await page.$$eval('#text .line .content', (contents) =>
      contents.map((content) => {
        const copy = content.cloneNode(true) as typeof content;
        for (const extra of copy.querySelectorAll('sup.n, mark.empty')) extra.remove();
        return copy.textContent;
      }),
    );
    expect(shown).toEqual(lines);
    expect(await page.title()).toBe('审阅报告 · hostile.txt');
    expect(dialogs).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });

  it('speaks English on request, prints to stdout without -o, and fails cleanly when it cannot write', async () => {
    const english = await cli(['report', '-', '-l', 'en'], { stdin: '使规章制度达项。' });
    expect(english.exitCode).toBe(0);
    expect(english.stdout).toMatch(/^<!doctype html>/u);
    expect(english.stdout).toContain('<h1>Reviewer report</h1>');
    expect(english.stdout).toContain('The number before “项” is missing');
    const unwritable = await cli(['report', EXAMPLE, '-o', '/no/such/directory/report.html']);
    expect(unwritable.exitCode).toBe(2);
    expect(unwritable.stderr).toContain('Cannot write /no/such/directory/report.html');
    const binary = join(directory, 'scan.txt');
    writeFileSync(
      binary,
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
    );
    const skipped = await cli(['report', binary]);
    expect(skipped.exitCode).toBe(2);
    expect(skipped.stderr).toContain('not a text file (PDF document)');
  });
});
