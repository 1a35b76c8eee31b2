import { defineRule, type RuleReport } from '../core/rule.js';
import { outlineNodes } from '../outline/numbering.js';
import type { OutlineNode } from '../outline/types.js';
import { indexOfRangeContaining } from '../text/sorted-ranges.js';

type MessageId = 'arabicWithDun' | 'chineseWithDot' | 'extraPunctuation' | 'halfWidthBracket' | 'mixedStyle';

/**
 * Heading markers that depart from GB/T 9704-2012 (7.3.3: 一、 （一） 1. （1）)
 * and GB/T 15834 (the 顿号 separates items of a series; after an Arabic
 * numeral the ordinal takes a full stop): 1、 for 1., 一. for 一、, a
 * punctuation mark after a bracketed ordinal (（一）、), half-width brackets,
 * and one level written in two styles. Style, not sense: reported as info.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'heading-style',
    name: { zh: '序号格式', en: 'Heading number style' },
    category: 'style',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    scope: 'document',
    description: {
      zh: '标题序号格式不合 GB/T 9704 / GB/T 15834：1、应为 1.，一.应为一、，（一）后不加标点，括号用全角，同级序号格式统一。',
      en: 'Heading markers that depart from GB/T 9704 / GB/T 15834: 1. not 1、, 一、 not 一., no mark after （一）, full-width brackets, one style per level.',
    },
    messages: {
      arabicWithDun: {
        zh: '阿拉伯数字序号后用下脚点，不用顿号：“{found}”应为“{expected}”。',
        en: 'An Arabic ordinal takes a full stop, not a 顿号: write “{expected}” for “{found}”.',
      },
      chineseWithDot: {
        zh: '汉字序号后用顿号：“{found}”应为“{expected}”。',
        en: 'A Chinese-numeral ordinal takes a 顿号: write “{expected}” for “{found}”.',
      },
      extraPunctuation: {
        zh: '括号序号后不再加标点：“{found}”应为“{expected}”。',
        en: 'A bracketed ordinal takes no punctuation after it: write “{expected}” for “{found}”.',
      },
      halfWidthBracket: {
        zh: '序号的括号应为全角：“{found}”应为“{expected}”。',
        en: 'Ordinal brackets are full-width: write “{expected}” for “{found}”.',
      },
      mixedStyle: {
        zh: '同级标题序号格式不统一：此处为“{found}”，其他同级标题多用“{majority}”。',
        en: 'Headings of one level are numbered in two styles: “{found}” here, “{majority}” in most others.',
      },
    },
  },
  check({ document, report }) {
    const styled: Array<{ node: OutlineNode; style: string; reported: boolean }> = [];
    // A draft typed with half-width punctuation throughout has one problem, reported by half-width-mark, not one per bracket.
    const halfWidthDocument = count(document.text, /[,;]/gu) >= count(document.text, /[，；]/gu);
    for (const node of outlineNodes(document.outline)) {
      if (node.inline || node.kind !== 'heading' || node.letterDigits || node.missingOrdinal) continue;
      const style = styleOf(node.marker);
      if (style === null) continue;
      let departure = departureFromStandard(node, style);
      if (departure?.messageId === 'halfWidthBracket' && halfWidthDocument) departure = null;
      if (departure) report(departure);
      styled.push({ node, style, reported: departure !== null });
    }
    reportMixedStyles(styled, document.outline.documents, report);
  },
});

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The marker with its numeral replaced by #: （#）, #、, #., (#)、. */
function styleOf(marker: string): string | null {
  const style = marker.replace(/[0-9０-９]+|[一二三四五六七八九十]+|[①-⑳]/u, '#').replace(/[ \u3000]/gu, '');
  return style.includes('#') ? style : null;
}

const STANDARD_STYLE: Partial<Record<OutlineNode['family'], string>> = {
  chinese: '#、',
  'chinese-paren': '（#）',
  arabic: '#.',
  'arabic-paren': '（#）',
};

function withStyle(marker: string, style: string): string {
  const numeral = /[0-9０-９]+|[一二三四五六七八九十]+/u.exec(marker)?.[0] ?? '#';
  return style.replace('#', numeral);
}

function departureFromStandard(node: OutlineNode, style: string): RuleReport<MessageId> | null {
  const standard = STANDARD_STYLE[node.family];
  if (!standard || style === standard) return null;
  const span = { offset: node.markerOffset, length: node.marker.length };
  const expected = withStyle(node.marker, standard);
  const report = (messageId: MessageId): RuleReport<MessageId> => ({
    ...span,
    messageId,
    data: { found: node.marker, expected },
    replacements: [expected],
  });
  if (node.family === 'arabic') return style === '#、' ? report('arabicWithDun') : null;
  if (node.family === 'chinese') return report('chineseWithDot');
  if (/[）)]./u.test(style)) return report('extraPunctuation');
  if (/[()]/u.test(style)) return report('halfWidthBracket');
  return null;
}

/**
 * One level of one document numbered in two styles that are each acceptable
 * alone (1. and 1．): the minority style is reported. Departures from the
 * standard are reported once already, under their own message.
 */
function reportMixedStyles(
  styled: ReadonlyArray<{ node: OutlineNode; style: string; reported: boolean }>,
  documents: ReadonlyArray<{ offset: number; end: number }>,
  report: (report: RuleReport<MessageId>) => void,
): void {
  const groups = new Map<string, Array<{ node: OutlineNode; style: string; reported: boolean }>>();
  for (const entry of styled) {
    const key = `${documentIndexAt(documents, entry.node.markerOffset)}:${entry.node.level}:${entry.node.family}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  for (const entries of groups.values()) {
    const counts = new Map<string, number>();
    for (const { style } of entries) counts.set(style, (counts.get(style) ?? 0) + 1);
    if (counts.size < 2) continue;
    const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (majority[1] * 2 <= entries.length) continue;
    for (const { node, style, reported } of entries) {
      // Never advise moving a standard marker to a non-standard majority.
      if (reported || style === majority[0] || style === STANDARD_STYLE[node.family]) continue;
      report({
        offset: node.markerOffset,
        length: node.marker.length,
        messageId: 'mixedStyle',
        data: { found: node.marker, majority: withStyle(node.marker, majority[0]) },
        replacements: [withStyle(node.marker, majority[0])],
      });
    }
  }
}

/** The document holding `offset` (documents are in text order and do not overlap), by binary search: -1 between documents. */
function documentIndexAt(documents: ReadonlyArray<{ offset: number; end: number }>, offset: number): number {
  return indexOfRangeContaining(
    documents,
    offset,
    (document) => document.offset,
    (document) => document.end,
  );
}
