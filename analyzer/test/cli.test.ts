import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findingSchema } from '../src/index.js';
import { cli } from './helpers/cli.js';
import { FIXTURES_DIRECTORY } from './helpers/fixtures.js';
import { temporaryFile } from './helpers/temporary-files.js';

const jsonOutputSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string(), findings: z.array(findingSchema) })),
});

describe('tiankong lint', () => {
  it('reads standard input and prints JSON version 1', async () => {
    const run = await cli(['lint', '-', '--format', 'json'], { stdin: '使规章制度达项。' });
    expect(run.exitCode).toBe(1);
    const output = jsonOutputSchema.parse(JSON.parse(run.stdout));
    expect(output.files).toHaveLength(1);
    expect(output.files[0]!.path).toBe('<stdin>');
    expect(output.files[0]!.findings[0]).toMatchObject({
      rule: 'blank-number',
      offset: 5,
      length: 2,
      text: '达项',
      line: 1,
      column: 6,
    });
  });

  it('exits 0 when nothing of error severity is found', async () => {
    const run = await cli(['lint', '-'], { stdin: '今年共举办了多期学习专栏。' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('vague-quantity');
  });

  it('exits 0 with no output on a clean text', async () => {
    const run = await cli(['lint', join(FIXTURES_DIRECTORY, 'clean')]);
    expect(run).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('lints a directory, one JSON entry per file', async () => {
    const run = await cli(['lint', join(FIXTURES_DIRECTORY, 'examples'), '-f', 'json']);
    const output = jsonOutputSchema.parse(JSON.parse(run.stdout));
    expect(output.files.map((file) => file.path.split('/').at(-1))).toEqual([
      '县卫健局文明单位创建汇报.txt',
      '街道安全生产工作总结.txt',
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('shows line:column, severity, message, rule id and the marked source line', async () => {
    const run = await cli(['lint', '-'], { stdin: '标题\n使局部机关各项规章制度达项，实现了目标。' });
    expect(run.stdout).toContain('2:12');
    expect(run.stdout).toContain('error');
    expect(run.stdout).toContain('“项”前缺少数字');
    expect(run.stdout).toContain('blank-number');
    expect(run.stdout).toContain('使局部机关各项规章制度达项，实现了目标。');
    // 11 wide characters before the span: the caret row starts 22 columns in.
    expect(run.stdout).toContain(`\n    ${' '.repeat(22)}^^^^\n`);
    expect(run.stdout).not.toContain('\u001B[');
  });

  it('prints messages in English on request', async () => {
    const run = await cli(['lint', '-', '--language', 'en'], { stdin: '使规章制度达项。' });
    expect(run.stdout).toContain('The number before “项” is missing');
  });

  it('turns rules off and changes their severity from the command line', async () => {
    const off = await cli(['lint', '-', '--rule', 'blank-number=off', '-f', 'json'], { stdin: '使规章制度达项。' });
    expect(off.exitCode).toBe(0);
    expect(JSON.parse(off.stdout).files[0].findings).toEqual([]);
    const raised = await cli(['lint', '-', '--rule', 'vague-quantity=error'], { stdin: '今年共举办了多期学习专栏。' });
    expect(raised.exitCode).toBe(1);
  });

  it('reads rule settings from a config file', async () => {
    const config = temporaryFile(
      'cli',
      'tiankong.config.json',
      JSON.stringify({ rules: { 'blank-number': 'warning' }, language: 'en' }),
    );
    const run = await cli(['lint', '-', '--config', config], { stdin: '使规章制度达项。' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('warning');
    expect(run.stdout).toContain('The number before');
  });

  it('rejects an invalid config with exit 2, naming the key and the allowed values', async () => {
    const config = temporaryFile('cli', 'bad.json', JSON.stringify({ rules: { 'blank-number': 'loud' } }));
    const run = await cli(['lint', '-', '--config', config], { stdin: '文本' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('rules.blank-number');
    expect(run.stderr).toMatch(/off|error/u);
    expect(run.stderr).not.toContain('    at ');
  });

  it('rejects unknown rules, bad formats and missing files with exit 2', async () => {
    expect((await cli(['lint', '-', '--rule', 'no-such-rule=off'])).exitCode).toBe(2);
    expect((await cli(['lint', '-', '--format', 'xml'])).exitCode).toBe(2);
    const missing = await cli(['lint', '/no/such/file.txt']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('No such file or directory');
  });

  it('says which segmenter backend runs', async () => {
    const version = await cli(['--version']);
    expect(version.stdout).toMatch(/^tiankong \d+\.\d+\.\d+ \(segmenter: nodejieba\)/u);
    const wasm = await cli(['--version'], { env: { TIANKONG_BACKEND: 'jieba-wasm' } });
    expect(wasm.stdout).toContain('segmenter: jieba-wasm');
    const debug = await cli(['lint', '-', '--debug', '--backend', 'jieba-wasm'], { stdin: '达项' });
    expect(debug.stderr).toContain('segmenter jieba-wasm');
  });
});
