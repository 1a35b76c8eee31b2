import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cli } from './helpers/cli.js';
import { FIXTURES_DIRECTORY } from './helpers/fixtures.js';
import { temporaryFile } from './helpers/temporary-files.js';

const DRAFT = [
  '青山县环保局2024年工作总结',
  '一、主要工作',
  '（一）加强组织领导',
  '成立了领导小组。',
  '（二）完善工作制度',
  '建立健全各项制度。',
  '二、存在问题',
  '一是学习不够深入；二是制度执行不严。',
  '四、下一步打算',
  '进一步加强学习。',
].join('\n');

interface JsonNode {
  kind: string;
  level: number;
  marker: string;
  ordinal: number | null;
  title: string;
  offset: number;
  children: JsonNode[];
}
const nodeSchema: z.ZodType<JsonNode> = z.lazy(() =>
  z.object({
    kind: z.string(),
    level: z.number().int(),
    marker: z.string(),
    ordinal: z.number().int().nullable(),
    title: z.string(),
    offset: z.number().int().nonnegative(),
    children: z.array(nodeSchema),
  }),
);
const outlineOutputSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string(), findings: z.array(z.unknown()), outline: z.array(nodeSchema) })),
});

describe('tiankong outline', () => {
  it('prints the tree, indented by level, with the number of findings under each section', async () => {
    const path = temporaryFile('outline', '总结.txt', DRAFT);
    const run = await cli(['outline', path]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        path,
        '《青山县环保局2024年工作总结》  〔1 处问题〕',
        '  一、主要工作',
        '    （一）加强组织领导',
        '    （二）完善工作制度',
        '  二、存在问题',
        '    一是学习不够深入',
        '    ↳ 二是制度执行不严',
        '  四、下一步打算  〔1 处问题〕',
        '',
      ].join('\n'),
    );
  });

  it('reads standard input and counts info findings apart, as hints', async () => {
    const run = await cli(['outline', '-'], { stdin: '一、主要目标\n1、做好基础工作；\n2、完成减排任务。\n' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(
      [
        '<stdin>',
        '（无标题）  〔2 处提示〕',
        '  一、主要目标  〔2 处提示〕',
        '    1、做好基础工作  〔1 处提示〕',
        '    2、完成减排任务  〔1 处提示〕',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 even when the draft has errors; --rule changes what is counted', async () => {
    const path = temporaryFile('outline', '总结.txt', DRAFT);
    const run = await cli(['outline', path, '-r', 'heading-numbering=off']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toContain('处问题');
  });

  it('prints JSON with the outline of each file: nodes with level, marker, ordinal, title, offset and children', async () => {
    const path = temporaryFile('outline', '总结.txt', DRAFT);
    const run = await cli(['outline', path, '-f', 'json']);
    expect(run.exitCode).toBe(0);
    const output = outlineOutputSchema.parse(JSON.parse(run.stdout));
    const [document] = output.files[0]!.outline;
    expect(document).toMatchObject({ kind: 'document', level: 0, title: '青山县环保局2024年工作总结', offset: 0 });
    expect(document!.children.map((node) => [node.marker, node.ordinal, node.title, node.level])).toEqual([
      ['一、', 1, '主要工作', 1],
      ['二、', 2, '存在问题', 1],
      ['四、', 4, '下一步打算', 1],
    ]);
    const heading = document!.children[2]!;
    expect(DRAFT.slice(heading.offset, heading.offset + 2)).toBe('四、');
  });

  it('outlines every seed draft and the clean documents', async () => {
    const run = await cli(['outline', join(FIXTURES_DIRECTORY, 'seeds'), join(FIXTURES_DIRECTORY, 'clean')]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('《创建全国文明单位实施方案》');
    expect(run.stdout).toContain('    、文明志愿服务活动经常化');
  });

  it('fails with exit code 2 on a missing file', async () => {
    const run = await cli(['outline', '/nonexistent/draft.txt']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('/nonexistent/draft.txt');
  });
});

describe('tiankong lint --format json', () => {
  it('gains the outline of each file', async () => {
    const run = await cli(['lint', '-', '-f', 'json'], { stdin: DRAFT });
    const output = outlineOutputSchema.parse(JSON.parse(run.stdout));
    expect(output.files[0]!.outline[0]!.children.map((node) => node.marker)).toEqual(['一、', '二、', '四、']);
    expect(output.files[0]!.findings).toContainEqual(
      expect.objectContaining({ rule: 'heading-numbering', messageId: 'skippedOrdinal', text: '四、下' }),
    );
  });
});
