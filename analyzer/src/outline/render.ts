/**
 * The outline for people (an indented tree, as a Chinese reader scans a
 * 公文's 目录) and for machines (plain JSON nodes without the parent links).
 */
import { countBelow } from '../text/sorted-ranges.js';
import type { Outline, OutlineLine, OutlineNode } from './types.js';

/** The JSON form of a node: what `--format json` prints under `"outline"`. */
export interface OutlineNodeJson {
  kind: 'document' | 'heading' | 'item';
  level: number;
  marker: string;
  ordinal: number | null;
  title: string;
  offset: number;
  /** Where the section ends (exclusive), in UTF-16 code units like `offset`. */
  end: number;
  /** The marker stands inside a paragraph (…。二是…) rather than at its start. */
  inline?: boolean;
  /** Documents only: the salutation, signature and date lines. */
  salutation?: string | null;
  signature?: string | null;
  date?: string | null;
  children: OutlineNodeJson[];
}

/** The outline as JSON nodes: one `document` node per document, its headings as children. */
export function outlineToJson(outline: Outline): OutlineNodeJson[] {
  return outline.documents.map((document) => ({
    kind: 'document',
    level: 0,
    marker: '',
    ordinal: null,
    title: document.title.map((line) => line.text).join(''),
    offset: document.offset,
    end: document.end,
    salutation: document.salutation?.text ?? null,
    signature: document.signature?.text ?? null,
    date: document.date?.text ?? null,
    children: document.headings.map(nodeToJson),
  }));
}

function nodeToJson(node: OutlineNode): OutlineNodeJson {
  return {
    kind: node.kind,
    level: node.level,
    marker: node.marker,
    ordinal: node.ordinal,
    title: node.title,
    offset: node.markerOffset,
    end: node.end,
    ...(node.inline ? { inline: true } : {}),
    children: node.children.map(nodeToJson),
  };
}

export interface OutlineRenderOptions {
  /** Findings to count under each section; those of severity info are counted apart, as hints. */
  findings?: ReadonlyArray<{ offset: number; severity?: string }>;
  /** Longest title shown, in characters; longer ones end in …. */
  titleWidth?: number;
  /** Decorations for a terminal; identity by default. */
  dim?: (text: string) => string;
  highlight?: (text: string) => string;
}

/**
 * The outline as indented lines:
 *
 * ```
 * 《创建全国文明单位实施方案》
 *   一、指导思想
 *   二、主要目标  〔1 处问题〕
 *     1、做好创建市级文明单位的各项基础工作
 *     、文明志愿服务活动经常化  〔1 处问题〕
 * ```
 *
 * Items inside a paragraph (…。二是…) are shown with a leading ↳. A
 * section's count covers everything up to its end, subsections included.
 */
export function renderOutline(outline: Outline, options: OutlineRenderOptions = {}): string[] {
  const width = options.titleWidth ?? 40;
  const dim = options.dim ?? ((text: string) => text);
  const highlight = options.highlight ?? ((text: string) => text);
  const sortedOffsets = (info: boolean) =>
    (options.findings ?? [])
      .filter((finding) => (finding.severity === 'info') === info)
      .map((finding) => finding.offset)
      .sort((a, b) => a - b);
  const problems = sortedOffsets(false);
  const hints = sortedOffsets(true);
  const countBetween = (offsets: readonly number[], start: number, end: number) =>
    countBelow(offsets, end) - countBelow(offsets, start);
  const counted = (line: string, start: number, end: number) => {
    const counts = [
      [countBetween(problems, start, end), '处问题'],
      [countBetween(hints, start, end), '处提示'],
    ] as const;
    const shown = counts.filter(([count]) => count > 0).map(([count, label]) => `${count} ${label}`);
    return shown.length > 0 ? `${line}  ${highlight(`〔${shown.join('，')}〕`)}` : line;
  };

  const lines: string[] = [];
  outline.documents.forEach((document, index) => {
    if (index > 0) lines.push('');
    const title =
      document.title.length > 0 ? `《${shorten(document.title.map((line) => line.text).join(''), width)}》` : dim('（无标题）');
    lines.push(counted(title, document.offset, document.end));
    if (document.salutation) lines.push(`  ${dim('主送')} ${document.salutation.text}`);
    const render = (node: OutlineNode) => {
      const indent = '  '.repeat(node.level);
      const inline = node.inline ? dim('↳ ') : '';
      // 第一部分 2023年工作回顾: keep the space the writer put between a word marker and its title.
      const gap = node.titleOffset > node.markerOffset + node.marker.length && /[\p{L}\p{N}]$/u.test(node.marker) ? ' ' : '';
      lines.push(counted(`${indent}${inline}${node.marker}${gap}${shorten(node.title, width)}`, node.markerOffset, node.end));
      node.children.forEach(render);
    };
    document.headings.forEach(render);
    const closing = [document.signature, document.date].filter((line): line is OutlineLine => line !== null);
    if (closing.length > 0) lines.push(`  ${dim('落款')} ${closing.map((line) => line.text).join(' ')}`);
  });
  return lines;
}

function shorten(text: string, width: number): string {
  const characters = Array.from(text);
  return characters.length > width ? `${characters.slice(0, width - 1).join('')}…` : text;
}
