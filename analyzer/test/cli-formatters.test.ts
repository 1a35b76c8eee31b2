import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import iconv from 'iconv-lite';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findingSchema, RULES } from '../src/index.js';
import { cli, lintJson } from './helpers/cli.js';
import { buildWordFile } from './helpers/docx.js';
import { FIXTURES_DIRECTORY } from './helpers/fixtures.js';
import { temporaryDirectory, writeFileIn } from './helpers/temporary-files.js';

// Both packages are CommonJS with a `default` export; under NodeNext the import is the module object.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

/** Ajv for the SARIF schema: draft-04, and its `language` pattern is only valid without the `u` flag. */
function sarifValidator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(SARIF_SCHEMA);
}

const require = createRequire(import.meta.url);
/** The SARIF 2.1.0 JSON Schema (draft-04), as shipped in @microsoft/jest-sarif: validation works offline. */
const SARIF_SCHEMA = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);

/** Inputs that exercise every path: two drafts, a GBK file, a Word file, a clean document, all rules on. */
async function sampleInputs(): Promise<{ directory: string; paths: string[]; args: string[] }> {
  const directory = temporaryDirectory('formats');
  const gbk = writeFileIn(
    directory,
    'gbk, 草稿: 第1稿.txt',
    iconv.encode('使规章制度达项，于年月被授予XX称号。\n举办多期培训班，参加100%的人员。', 'gbk'),
  );
  const word = writeFileIn(directory, '汇报.docx', await buildWordFile(['县卫健局创建汇报', '今年共举办培训班期，多人次参加。']));
  const paths = [join(FIXTURES_DIRECTORY, 'examples'), gbk, word, join(FIXTURES_DIRECTORY, 'clean')];
  const everyRuleOn = RULES.flatMap((rule) => ['--rule', `${rule.meta.id}=${rule.meta.defaultSeverity}`]);
  return { directory, paths, args: [...paths, ...everyRuleOn] };
}

describe('--format json (version 1, unchanged)', () => {
  it('keeps the v1 shape; adds format, encoding, outline and, for Word files, paragraph', async () => {
    const { args } = await sampleInputs();
    const run = await cli(['lint', ...args, '-f', 'json']);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['version', 'tool', 'backend', 'files']);
    expect(output.version).toBe(1);
    const finding = findingSchema.extend({ paragraph: z.number().int().positive().optional() }).strict();
    const file = z
      .object({
        path: z.string(),
        format: z.enum(['text', 'docx']),
        encoding: z.string().optional(),
        findings: z.array(finding),
        // The outline tree (issue 3); its shape is tested with the outline.
        outline: z.array(z.object({ kind: z.literal('document') }).passthrough()),
      })
      .strict();
    const files = z.array(file).parse(output.files);
    for (const entry of files) {
      expect(entry.findings.every((item) => (item.paragraph !== undefined) === (entry.format === 'docx'))).toBe(true);
    }
    expect(files.find((entry) => entry.path.endsWith('.txt') && entry.encoding === 'gb18030')).toBeDefined();
  });
});

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 and points at the same spans as the JSON output', async () => {
    const { args } = await sampleInputs();
    const run = await cli(['lint', ...args, '-f', 'sarif']);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator does reject what SARIF forbids.
    const broken = structuredClone(log);
    (broken.runs[0]!.results![0] as { level: string }).level = 'fatal';
    expect(validate(broken)).toBe(false);

    const [sarifRun] = log.runs;
    expect(sarifRun!.columnKind).toBe('utf16CodeUnits');
    const { files } = await lintJson(args);
    const findings = files.flatMap((file, index) => file.findings.map((finding) => ({ finding, index })));
    expect(sarifRun!.results).toHaveLength(findings.length);
    expect(findings.length).toBeGreaterThan(10);
    sarifRun!.results!.forEach((result, position) => {
      const { finding, index } = findings[position]!;
      const region = result.locations![0]!.physicalLocation!.region!;
      expect(result.ruleId).toBe(finding.rule);
      expect(sarifRun!.tool.driver.rules![result.ruleIndex!]!.id).toBe(finding.rule);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[finding.severity]);
      expect(result.locations![0]!.physicalLocation!.artifactLocation!.index).toBe(index);
      expect(region).toMatchObject({
        startLine: finding.line,
        startColumn: finding.column,
        charOffset: finding.offset,
        charLength: finding.length,
        snippet: { text: finding.text },
      });
      if (!/[\r\n]/u.test(finding.text)) {
        expect(region.endLine).toBe(finding.line);
        expect(region.endColumn).toBe(finding.column + finding.length);
      }
    });
    const artifacts = sarifRun!.artifacts!;
    expect(artifacts.map((artifact) => artifact.encoding)).toContain('gb18030');
    expect(artifacts.find((artifact) => artifact.location!.uri!.endsWith('.docx'))!.mimeType).toContain('wordprocessingml');
    // Paths become URI references: the comma, colon and Chinese characters of the GBK file's name are percent-encoded.
    expect(artifacts.map((artifact) => artifact.location!.uri)).toContain(
      `file://${files[2]!.path.split('/').map(encodeURIComponent).join('/')}`,
    );
  });

  it('is valid SARIF with no findings at all', async () => {
    const run = await cli(['lint', join(FIXTURES_DIRECTORY, 'clean'), '-f', 'sarif']);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, escaped as the runner expects', async () => {
    const { args } = await sampleInputs();
    const run = await cli(['lint', ...args, '-f', 'github']);
    const { files } = await lintJson(args);
    const findings = files.flatMap((file) => file.findings.map((finding) => ({ file, finding })));
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length);
    const command =
      /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]*)::(.*)$/u;
    lines.forEach((line, index) => {
      const { file, finding } = findings[index]!;
      const match = command.exec(line);
      expect(match, line).not.toBeNull();
      const [, level, path, startLine, startColumn, , , title, message] = match!;
      expect(level).toBe({ error: 'error', warning: 'warning', info: 'notice' }[finding.severity]);
      expect(decodeURIComponent(path!)).toBe(file.path);
      expect([Number(startLine), Number(startColumn)]).toEqual([finding.line, finding.column]);
      expect(decodeURIComponent(title!)).toBe(`tiankong(${finding.rule})`);
      expect(message).toContain(finding.message.replace(/%/gu, '%25'));
    });
    expect(run.stdout).toContain('file=/');
    expect(run.stdout).toMatch(/gbk%2C 草稿%3A 第1稿\.txt/u);
    expect(run.stdout).toMatch(/\[¶2\]/u);
  });
});

/** The LanguageTool HTTP API's /v2/check response, as its editor plug-ins read it. */
const languageToolResponse = z.object({
  software: z.object({ name: z.string(), version: z.string(), buildDate: z.string(), apiVersion: z.literal(1) }),
  warnings: z.object({ incompleteResults: z.boolean() }),
  language: z.object({
    name: z.string(),
    code: z.string(),
    detectedLanguage: z.object({ name: z.string(), code: z.string(), confidence: z.number() }),
  }),
  matches: z.array(
    z.object({
      message: z.string().min(1),
      shortMessage: z.string(),
      replacements: z.array(z.object({ value: z.string() }).strict()),
      offset: z.number().int().nonnegative(),
      length: z.number().int().nonnegative(),
      context: z.object({ text: z.string(), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() }),
      sentence: z.string(),
      type: z.object({ typeName: z.enum(['UnknownWord', 'Hint', 'Other']) }),
      rule: z.object({
        id: z.string(),
        description: z.string().min(1),
        issueType: z.string(),
        category: z.object({ id: z.string().regex(/^[A-Z_]+$/u), name: z.string().min(1) }),
      }),
    }),
  ),
});

describe('--format languagetool', () => {
  it('prints one LanguageTool /v2/check response per input, with the findings as matches', async () => {
    const { args } = await sampleInputs();
    const run = await cli(['lint', ...args, '-f', 'languagetool']);
    const { files } = await lintJson(args);
    const responses = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(responses).toHaveLength(files.length);
    responses.forEach((response, index) => {
      const parsed = languageToolResponse.parse(response);
      expect(response.path).toBe(files[index]!.path);
      expect(parsed.matches).toHaveLength(files[index]!.findings.length);
      parsed.matches.forEach((match, position) => {
        const finding = files[index]!.findings[position]!;
        expect(match).toMatchObject({ message: finding.message, offset: finding.offset, length: finding.length });
        expect(match.rule.id).toBe(finding.rule);
        expect(match.replacements.map((replacement) => replacement.value)).toEqual(finding.replacements);
        expect(match.context.text.slice(match.context.offset, match.context.offset + match.context.length)).toBe(
          finding.text.replace(/[\r\n]/gu, ' '),
        );
        expect(match.sentence).toContain(finding.text.trim().split(/[\r\n]/u)[0]);
        expect(match.rule.issueType).toBe({ error: 'misspelling', warning: 'grammar', info: 'style' }[finding.severity]);
        if (finding.category === 'gap') expect(match.rule).toMatchObject({ category: { id: 'GAP' } });
      });
    });
  });

  it('a single input is exactly one response object; categories follow the message language', async () => {
    const run = await cli(['lint', '-', '-f', 'languagetool', '-l', 'en'], { stdin: '使规章制度达项。' });
    const response = languageToolResponse.parse(JSON.parse(run.stdout));
    expect(response.matches[0]).toMatchObject({
      offset: 5,
      length: 2,
      context: { text: '使规章制度达项。', offset: 5, length: 2 },
      rule: { id: 'blank-number', category: { id: 'GAP', name: 'Gaps to fill' } },
    });
  });
});
