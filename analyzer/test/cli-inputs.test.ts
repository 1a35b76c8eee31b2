import { spawn } from 'node:child_process';
import { readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractWordText } from '../src/cli/inputs/docx.js';
import { decodeText, plausibility } from '../src/cli/inputs/encoding.js';
import { analyze } from '../src/index.js';
import { CLI_ENTRY_POINT, cli, type JsonFile, lintJson } from './helpers/cli.js';
import { buildWordFile } from './helpers/docx.js';
import { FIXTURES_DIRECTORY } from './helpers/fixtures.js';
import { segmenter } from './helpers/segmenters.js';
import { temporaryDirectory, writeFileIn } from './helpers/temporary-files.js';

const SIMPLIFIED_SEED = readFileSync(join(FIXTURES_DIRECTORY, 'seeds/000_6c49e594decc8b1e.txt'), 'utf8');
const TRADITIONAL_SEED = readFileSync(join(FIXTURES_DIRECTORY, 'seeds/001_9e1cad7a610d406d.txt'), 'utf8');

const withBom = (bom: number[], bytes: Buffer) => Buffer.concat([Buffer.from(bom), bytes]);

describe('encodings', () => {
  const encodings: Array<{ name: string; seed: string; bytes: (text: string) => Buffer; expected: string }> = [
    { name: 'UTF-8', seed: SIMPLIFIED_SEED, bytes: (text) => Buffer.from(text, 'utf8'), expected: 'utf-8' },
    {
      name: 'UTF-8 with BOM',
      seed: SIMPLIFIED_SEED,
      bytes: (text) => withBom([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')),
      expected: 'utf-8-bom',
    },
    {
      name: 'GBK (as saved by old office systems)',
      seed: SIMPLIFIED_SEED,
      bytes: (text) => iconv.encode(text, 'gbk'),
      expected: 'gb18030',
    },
    { name: 'GB18030', seed: TRADITIONAL_SEED, bytes: (text) => iconv.encode(text, 'gb18030'), expected: 'gb18030' },
    {
      name: 'UTF-16LE with BOM',
      seed: SIMPLIFIED_SEED,
      bytes: (text) => withBom([0xff, 0xfe], iconv.encode(text, 'utf-16le')),
      expected: 'utf-16le-bom',
    },
    {
      name: 'UTF-16LE without BOM',
      seed: SIMPLIFIED_SEED,
      bytes: (text) => iconv.encode(text, 'utf-16le'),
      expected: 'utf-16le',
    },
    {
      name: 'UTF-16BE with BOM',
      seed: TRADITIONAL_SEED,
      bytes: (text) => withBom([0xfe, 0xff], iconv.encode(text, 'utf-16be')),
      expected: 'utf-16be-bom',
    },
    {
      name: 'UTF-16BE without BOM',
      seed: TRADITIONAL_SEED,
      bytes: (text) => iconv.encode(text, 'utf-16be'),
      expected: 'utf-16be',
    },
  ];

  const directory = temporaryDirectory('inputs');
  const reference = writeFileIn(directory, 'reference/simplified.txt', SIMPLIFIED_SEED);
  const traditionalReference = writeFileIn(directory, 'reference/traditional.txt', TRADITIONAL_SEED);

  it.each(encodings)(
    '$name: detected, decoded, and the findings are those of the UTF-8 text',
    async ({ seed, bytes, expected }) => {
      const path = writeFileIn(directory, `${expected}-${seed === SIMPLIFIED_SEED ? 's' : 't'}.txt`, bytes(seed));
      const { files, exitCode } = await lintJson([seed === SIMPLIFIED_SEED ? reference : traditionalReference, path]);
      expect(exitCode).toBe(1);
      expect(files[1]!.encoding).toBe(expected);
      expect(files[1]!.format).toBe('text');
      expect(files[1]!.findings.length).toBeGreaterThan(5);
      // Offsets refer to the decoded text, so they are those of the same text read as UTF-8.
      expect(files[1]!.findings).toEqual(files[0]!.findings);
    },
  );

  it('Big5: a Traditional draft from Taiwan or Hong Kong', async () => {
    const bytes = iconv.encode(TRADITIONAL_SEED, 'big5');
    const decoded = iconv.decode(bytes, 'big5');
    const path = writeFileIn(directory, 'big5.txt', bytes);
    const { files } = await lintJson([path]);
    expect(files[0]!.encoding).toBe('big5');
    const expectedFindings = analyze(decoded, { segmenter }).findings;
    expect(files[0]!.findings).toEqual(expectedFindings);
    for (const finding of files[0]!.findings)
      expect(decoded.slice(finding.offset, finding.offset + finding.length)).toBe(finding.text);
  });

  it('decodes standard input like a file', async () => {
    const run = await cli(['lint', '-', '-f', 'json'], { stdin: iconv.encode('使规章制度达项。', 'gbk') });
    const output = JSON.parse(run.stdout);
    expect(output.files[0].encoding).toBe('gb18030');
    expect(output.files[0].findings[0]).toMatchObject({ text: '达项', offset: 5 });
  });

  it('reports the encoding in the stylish header and with --debug', async () => {
    const path = writeFileIn(directory, 'header/草稿.txt', iconv.encode('使规章制度达项。', 'gbk'));
    const stylish = await cli(['lint', path]);
    expect(stylish.stdout).toContain(`${path}  [gb18030]`);
    const debug = await cli(['lint', path, '--debug']);
    expect(debug.stderr).toContain(`${path}: gb18030`);
    const plain = await cli(['lint', writeFileIn(directory, 'header/utf8.txt', '使规章制度达项。')]);
    expect(plain.stdout).not.toContain('[utf-8]');
  });

  it('--encoding overrides detection and rejects unknown encodings', async () => {
    const path = writeFileIn(directory, 'forced.txt', iconv.encode('使规章制度达项。', 'gbk'));
    const forced = await lintJson([path, '--encoding', 'gbk']);
    expect(forced.files[0]!.encoding).toBe('gbk');
    expect(forced.files[0]!.findings[0]!.text).toBe('达项');
    const unknown = await cli(['lint', path, '--encoding', 'klingon']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('unknown encoding "klingon"');
    const wrong = await cli(['lint', writeFileIn(directory, 'not-utf8.txt', iconv.encode('达项', 'gbk')), '--encoding', 'utf-8']);
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain('is not valid utf-8');
  });

  it('scores the right decoding as plausible and wrong ones as not', () => {
    const bytes = iconv.encode(SIMPLIFIED_SEED, 'gbk');
    expect(plausibility(iconv.decode(bytes, 'gb18030'))).toBeGreaterThan(0.99);
    expect(plausibility(iconv.decode(bytes, 'big5'))).toBeLessThan(0.7);
    expect(plausibility(iconv.decode(iconv.encode(SIMPLIFIED_SEED, 'utf-16le'), 'gb18030'))).toBeLessThan(0.7);
  });

  it('decides short legacy texts in favour of GB18030, and never takes garbage', () => {
    expect(decodeText(iconv.encode('你好', 'gbk'))).toEqual({ kind: 'text', text: '你好', encoding: 'gb18030' });
    expect(decodeText(iconv.encode('年月日', 'gbk'))).toMatchObject({ kind: 'text', encoding: 'gb18030' });
    expect(decodeText(Buffer.from([]))).toEqual({ kind: 'text', text: '', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('caf\xe9 au lait\n', 'latin1'))).toMatchObject({ kind: 'undecodable' });
  });
});

describe('Word files', () => {
  it('extracts one line per paragraph, table cells included, with paragraph numbers on the findings', async () => {
    const lines = SIMPLIFIED_SEED.split('\n');
    const word = await buildWordFile(lines);
    const directory = temporaryDirectory('inputs');
    const path = writeFileIn(directory, '草稿.docx', word);
    const { files, exitCode } = await lintJson([path]);
    expect(exitCode).toBe(1);
    const [file] = files;
    expect(file!.format).toBe('docx');
    expect(file!.encoding).toBeUndefined();
    const extracted = await extractWordText(word);
    expect(extracted.text).toBe(lines.join('\n'));
    expect(file!.findings).toEqual(
      analyze(extracted.text, { segmenter }).findings.map((finding) => ({ ...finding, paragraph: finding.line })),
    );
    for (const finding of file!.findings) {
      expect(extracted.text.slice(finding.offset, finding.offset + finding.length)).toBe(finding.text);
      expect(lines[finding.paragraph! - 1]).toContain(finding.text);
    }
  });

  it('counts paragraphs, not lines, across line breaks and tables, and turns underlined blanks into a line to fill', async () => {
    const word = await buildWordFile([
      '县卫健局关于开展爱国卫生月活动的通知',
      [{ text: '各乡镇卫生院：' }, { text: '今年共举办培训班期。', breakBefore: true }],
      {
        table: [
          ['单位', '联系人'],
          ['县疾控中心', ''],
        ],
      },
      [{ text: '联系人：' }, { text: '      ', underline: true }, { text: '，电话：' }, { text: '        ', underline: true }],
    ]);
    const { text, paragraphStarts } = await extractWordText(word);
    expect(text).toBe(
      '县卫健局关于开展爱国卫生月活动的通知\n各乡镇卫生院：\n今年共举办培训班期。\n单位\n联系人\n县疾控中心\n\n联系人：______，电话：________',
    );
    expect(paragraphStarts).toHaveLength(7);
    const { files } = await lintJson([writeFileIn(temporaryDirectory('inputs'), 'notice.docx', word)]);
    const byText = new Map(files[0]!.findings.map((finding) => [finding.text, finding]));
    // 期 after a line break in paragraph 2: line 3 of the extracted text, paragraph 2 of the document.
    expect(byText.get('班期')).toMatchObject({ rule: 'blank-number', line: 3, paragraph: 2 });
    expect(byText.get('______')).toMatchObject({ rule: 'placeholder-name', paragraph: 7 });
    expect(byText.get('________')).toMatchObject({ rule: 'placeholder-name', paragraph: 7 });
  });

  it('stops with exit code 2 on a damaged Word file', async () => {
    const path = writeFileIn(temporaryDirectory('inputs'), 'broken.docx', 'this is not a zip archive');
    const run = await cli(['lint', path]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`Cannot read ${path} as a Word document`);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('bad input (clear message, exit 2, no stack trace)', () => {
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /u);

  it('missing file', async () => {
    const run = await cli(['lint', '/no/such/draft.txt']);
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toBe('tiankong: No such file or directory: /no/such/draft.txt\n');
  });

  it('unreadable file (a symbolic link that points at itself)', async () => {
    const directory = temporaryDirectory('inputs');
    const loop = join(directory, 'loop.txt');
    symlinkSync(loop, loop);
    const run = await cli(['lint', loop]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`Cannot read ${loop}: too many symbolic links`);
    noStack(run.stderr);
  });

  it('a directory given as a file to report on', async () => {
    const run = await cli(['report', temporaryDirectory('inputs')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('it is a directory (EISDIR)');
    noStack(run.stderr);
  });

  it('invalid UTF-8 that is no other encoding either', async () => {
    const bytes = Buffer.concat([Buffer.from('使规章制度达项。', 'utf8').subarray(0, 10), Buffer.from('\n说明\n', 'utf8')]);
    const path = writeFileIn(temporaryDirectory('inputs'), 'truncated.txt', bytes);
    const run = await cli(['lint', path]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`Cannot decode ${path}: it is not valid UTF-8 (invalid byte sequence at byte 9)`);
    expect(run.stderr).toContain('--encoding');
    noStack(run.stderr);
  });

  it('unknown rule id and bad --format', async () => {
    const rule = await cli(['lint', '-', '--rule', 'no-such-rule=off']);
    expect(rule.exitCode).toBe(2);
    expect(rule.stderr).toContain('unknown rule "no-such-rule"');
    const format = await cli(['lint', '-', '--format', 'xml']);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid");
    const warnings = await cli(['lint', '-', '--max-warnings', 'many']);
    expect(warnings.exitCode).toBe(2);
    noStack(rule.stderr + format.stderr + warnings.stderr);
  });

  it('an empty file is linted (no findings) with a notice, and does not change the exit code', async () => {
    const path = writeFileIn(temporaryDirectory('inputs'), 'empty.txt', '');
    const run = await cli(['lint', path, '-f', 'json']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(`tiankong: ${path} is empty\n`);
    expect(JSON.parse(run.stdout).files[0].findings).toEqual([]);
  });

  it('a binary file is skipped with a warning; the exit code comes from the files that were linted', async () => {
    const directory = temporaryDirectory('inputs');
    const image = writeFileIn(directory, 'scan.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const data = writeFileIn(directory, 'data.md', Buffer.from([1, 2, 0, 0, 0, 3, 4, 5, 0, 0]));
    const clean = writeFileIn(directory, 'clean.txt', '全年共举办培训班12期。');
    const run = await cli(['lint', image, data, clean, '-f', 'json']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(`tiankong: skipped ${image}: not a text file (PNG image)`);
    expect(run.stderr).toContain(`tiankong: skipped ${data}: not a text file (binary data`);
    expect(JSON.parse(run.stdout).files.map((file: JsonFile) => file.path)).toEqual([clean]);
    const onlyBinary = await cli(['lint', image]);
    expect(onlyBinary.exitCode).toBe(2);
    expect(onlyBinary.stderr).toContain('Nothing to lint');
  });

  it('a bug is one line of stderr, with the stack trace only under --debug', async () => {
    const run = async (args: string[]) => {
      const { exitCode, stderr } = await cli(args, {
        stdin: '使规章制度达项。',
        stdoutError: new Error('the terminal went away'),
      });
      return { exitCode, stderr };
    };
    const plain = await run(['lint', '-']);
    expect(plain).toEqual({
      exitCode: 2,
      stderr: 'tiankong: internal error: the terminal went away (run with --debug for the stack trace)\n',
    });
    const debug = await run(['lint', '-', '--debug']);
    expect(debug.stderr).toMatch(/internal error: Error: the terminal went away\n\s+at /u);
  });

  it('a reader that stops early (tiankong lint … | head) ends the run quietly', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI_ENTRY_POINT, 'lint', '-f', 'json', join(FIXTURES_DIRECTORY, 'seeds')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Read the first chunk, then hang up, as `head -c` does.
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toMatch(/\n\s+at /u);
    expect(code).toBe(1);
  });

  it('text that happens to start like a file signature is still text', async () => {
    expect(decodeText(Buffer.from('MZ公司年度总结：举办培训班期。', 'utf8'))).toMatchObject({ kind: 'text', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('GIF8格式的图片共张。', 'utf8'))).toMatchObject({ kind: 'text' });
    expect(decodeText(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]))).toEqual({
      kind: 'binary',
      reason: 'Windows executable',
    });
  });

  it('a file with a NUL byte is binary, whatever else it holds, unless it is UTF-16', () => {
    // Mostly ASCII, so GB18030 reads it as plausibly as UTF-8 does.
    const utf8 = Buffer.from('Annual report, 2024: the office held training courses for all staff. 年度工作总结', 'utf8');
    const gbk = Buffer.from([0xc4, 0xea, 0xb6, 0xc8, 0xd7, 0xdc, 0xbd, 0xe1]);
    for (const bytes of [
      Buffer.concat([Buffer.from([0]), utf8]),
      Buffer.concat([utf8, Buffer.from([0])]),
      Buffer.concat([Buffer.from([0]), gbk]),
    ])
      expect(decodeText(bytes)).toMatchObject({ kind: 'binary' });
    // UTF-16 without a byte-order mark is full of NUL bytes and is still text.
    expect(decodeText(Buffer.from('年度工作总结：The annual summary.', 'utf16le'))).toMatchObject({
      kind: 'text',
      encoding: 'utf-16le',
    });
  });

  it('a legacy .doc gets a hint to save it as .docx', async () => {
    const path = writeFileIn(
      temporaryDirectory('inputs'),
      'old.txt',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    const run = await cli(['lint', path, '-']);
    expect(run.stderr).toContain('save it as .docx');
  });
});

describe('files, directories and globs', () => {
  async function mixedDirectory(): Promise<string> {
    const directory = temporaryDirectory('inputs');
    writeFileIn(directory, 'b-总结.txt', '使规章制度达项。');
    writeFileIn(directory, 'a-方案.md', '# 方案\n\n举办多期培训。');
    writeFileIn(directory, '汇报.docx', await buildWordFile(['被授予XX称号。']));
    writeFileIn(directory, '~$汇报.docx', 'Word lock file');
    writeFileIn(directory, 'scan.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileIn(directory, 'notes.pdf', '%PDF-1.4');
    writeFileIn(directory, '.hidden.txt', '达项');
    writeFileIn(directory, 'node_modules/dependency/readme.txt', '达项');
    writeFileIn(directory, 'sub/c-通知.txt', '于年月召开会议。');
    writeFileIn(directory, 'images/scan.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    return directory;
  }

  it('a directory: its .txt, .md and .docx files, recursively and sorted; everything else is ignored', async () => {
    const directory = await mixedDirectory();
    const { files, stderr } = await lintJson([directory]);
    expect(files.map((file) => file.path.slice(directory.length + 1))).toEqual([
      'a-方案.md',
      'b-总结.txt',
      'sub/c-通知.txt',
      '汇报.docx',
    ]);
    expect(stderr).toBe('');
  });

  it('quoted globs are expanded; a pattern or directory that matches nothing is an error', async () => {
    const directory = await mixedDirectory();
    const { files } = await lintJson([`${directory}/**/*.txt`]);
    expect(files.map((file) => file.path.slice(directory.length + 1))).toEqual(['b-总结.txt', 'sub/c-通知.txt']);
    const none = await cli(['lint', `${directory}/*.rtf`]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('No files match the pattern');
    const empty = await cli(['lint', join(directory, 'images')]);
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr).toContain('No .txt, .md or .docx files in directory');
  });

  it('the same file given twice is linted once', async () => {
    const directory = await mixedDirectory();
    const { files } = await lintJson([join(directory, 'b-总结.txt'), directory]);
    expect(files.filter((file) => file.path.endsWith('b-总结.txt'))).toHaveLength(1);
  });

  it('never writes anything: every input is byte-identical afterwards', async () => {
    const directory = await mixedDirectory();
    const gbk = writeFileIn(directory, 'gbk.txt', iconv.encode('使规章制度达项。', 'gbk'));
    const bom = writeFileIn(directory, 'bom.txt', withBom([0xef, 0xbb, 0xbf], Buffer.from('达项', 'utf8')));
    const paths = [gbk, bom, join(directory, '汇报.docx'), join(directory, 'b-总结.txt')];
    const before = paths.map((path) => ({ bytes: readFileSync(path), mtime: statSync(path).mtimeMs }));
    for (const format of ['stylish', 'json', 'sarif', 'github', 'languagetool']) await cli(['lint', directory, '-f', format]);
    await cli(['report', gbk]);
    expect(paths.map((path) => ({ bytes: readFileSync(path), mtime: statSync(path).mtimeMs }))).toEqual(before);
  });
});
