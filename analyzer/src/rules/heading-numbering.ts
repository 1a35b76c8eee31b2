import { defineRule, type RuleReport } from '../core/rule.js';
import { isCompleteTitle } from '../outline/lines.js';
import { markerWithOrdinal, outlineNodes } from '../outline/numbering.js';
import { ENUMERATION_WORD_FAMILIES, type OutlineDocument, type OutlineNode } from '../outline/types.js';

type MessageId =
  | 'missingOrdinal'
  | 'missingOrdinalExpected'
  | 'letterForDigit'
  | 'skippedOrdinal'
  | 'duplicateOrdinal'
  | 'outOfOrder'
  | 'restartedOrdinal'
  | 'mergedItem'
  | 'headingRunIntoBody'
  | 'headingMergedIntoParagraph';

/**
 * Defects in the numbering of headings and enumerated items, read off the
 * document's outline (see outline/build.ts for how sequences, levels and
 * document boundaries are recognised):
 * - an ordinal stripped (、统一思想认识), skipped (1、2、3、、5、 — the 、 line is
 *   the missing 4), or a letter typed for a digit (l、全面学习);
 * - a sequence that jumps (三、 → 六、), repeats ((一) twice), goes backwards,
 *   or starts over under the same parent heading;
 * - an item of a 一是/二是 run missing (一是 … 三是), merged into the previous
 *   item's paragraph after a space (…保障群众健康 五是…), and a heading run into
 *   its body on one line (…推荐工作 一直以来…).
 *
 * Not reported: numbering that restarts under a new parent, or at a new
 * document of a compilation (a title, a closing date, or top-level 一、
 * again); a new 一是 list after an earlier one; 第一 as an ordinary word.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'heading-numbering',
    name: { zh: '序号错误', en: 'Heading numbering' },
    category: 'structure',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'document',
    description: {
      zh: '标题和条目序号错误：序号缺失、跳号、重号、字母代替数字、一是…三是缺项、条目并段、标题与正文挤在一行。',
      en: 'Broken numbering of headings and items: a missing, skipped or repeated ordinal, a letter for a digit, a missing 一是/二是 item, items merged into one paragraph, a heading run into its body.',
    },
    messages: {
      missingOrdinal: {
        zh: '这一项缺少序号：“{marker}”前应有序号。',
        en: 'This item has lost its ordinal: a number belongs before “{marker}”.',
      },
      missingOrdinalExpected: {
        zh: '这一项缺少序号，按顺序应为“{expected}”。',
        en: 'This item has lost its ordinal; in sequence it is “{expected}”.',
      },
      letterForDigit: {
        zh: '序号“{found}”里是字母，不是数字，应为“{expected}”。',
        en: 'The ordinal “{found}” has a letter where a digit belongs; write “{expected}”.',
      },
      skippedOrdinal: {
        zh: '序号不连续：“{found}”前缺少{missing}。',
        en: 'The numbering skips: {missing} missing before “{found}”.',
      },
      duplicateOrdinal: {
        zh: '序号“{found}”与上一项重复，应为“{expected}”。',
        en: 'The ordinal “{found}” repeats the previous item’s; expected “{expected}”.',
      },
      outOfOrder: {
        zh: '序号“{found}”排在“{previous}”之后，顺序颠倒，应为“{expected}”。',
        en: 'The ordinal “{found}” comes after “{previous}”; expected “{expected}”.',
      },
      restartedOrdinal: {
        zh: '序号在同一上级标题下又从“{found}”开始，应为“{expected}”。',
        en: 'The numbering starts over at “{found}” under the same parent heading; expected “{expected}”.',
      },
      mergedItem: {
        zh: '“{found}”与上一项挤在同一段，中间只隔空格，应另起一段。',
        en: '“{found}” runs on in the previous item’s paragraph after a space; start it on a new line.',
      },
      headingRunIntoBody: {
        zh: '标题与正文挤在一行，中间只隔空格；标题后应换行。',
        en: 'The heading runs into its body text with only a space between; break the line after the heading.',
      },
      headingMergedIntoParagraph: {
        zh: '一级标题“{found}”接在上一段的末尾，没有另起一行；标题前后应换行。',
        en: 'The top-level heading “{found}” runs on at the end of the text before it; put it on a line of its own.',
      },
    },
  },
  check({ document, report }) {
    const text = document.text;
    for (const outlineDocument of document.outline.documents) {
      const merged = headingMergedIntoParagraph(outlineDocument) ?? headingGluedToTitle(outlineDocument, document.normalizedText);
      if (merged) report(merged);
    }
    const nodes = outlineNodes(document.outline);
    const lost = lostOrdinals(nodes);
    for (const node of nodes) {
      // The stripped ordinal explains this node's skip or restart: one defect, one finding.
      if (lost.explained.has(node)) continue;
      const numberingReport = checkOrdinal(node, text, lost.resolved.get(node));
      if (numberingReport) report(numberingReport);
      else {
        const layoutReport = checkLayout(node);
        if (layoutReport) report(layoutReport);
      }
      if (node.runIn) report(runInReport(node.runIn, text));
    }
  },
});

/** Marker plus the title's first character: 四、丰, (一)做. Enumeration words (三是) are spans of their own. */
function markerSpan(node: OutlineNode, text: string): { offset: number; length: number } {
  if (ENUMERATION_WORD_FAMILIES.has(node.family)) return { offset: node.markerOffset, length: node.marker.length };
  const end = node.titleOffset + Math.min(1, node.title.length);
  return { offset: node.markerOffset, length: Math.max(node.marker.length, Math.min(end, text.length) - node.markerOffset) };
}

/** What a stripped ordinal stood for, read from the numbering around it. */
interface ResolvedOrdinal {
  family: OutlineNode['family'];
  expected: number;
}

/** GB/T 9704's levels: the family a heading of each family stands under. */
const PARENT_FAMILY: Partial<Record<OutlineNode['family'], OutlineNode['family']>> = {
  'chinese-paren': 'chinese',
  arabic: 'chinese-paren',
  'arabic-paren': 'arabic',
};

/**
 * A stripped ordinal whose family no sibling gave (、强化值班值守 after the
 * bare titles （一）…（二）…) is placed by the outline under the heading
 * before it, as if it were 1、, and its own children then seem to start
 * over ((一) again under 二、). A heading right after it that starts its
 * family over at 1 is its first child: the stripped line was the next heading
 * of the parent family (（一） → 三、). It is reported with that ordinal, and
 * the restart it caused is not.
 */
function lostOrdinals(nodes: readonly OutlineNode[]): {
  resolved: Map<OutlineNode, ResolvedOrdinal>;
  explained: Set<OutlineNode>;
} {
  const resolved = new Map<OutlineNode, ResolvedOrdinal>();
  const explained = new Set<OutlineNode>();
  nodes.forEach((node, index) => {
    if (!node.missingOrdinal || node.family !== 'unnumbered') return;
    const next = nodes[index + 1];
    const parentFamily = next && PARENT_FAMILY[next.family];
    // （） was a bracketed ordinal, 、 a bare one.
    const bracketed = /[（(]/u.test(node.marker);
    if (next?.ordinal !== 1 || next.placement !== 'restart' || !parentFamily) return;
    if (parentFamily.endsWith('-paren') !== bracketed) return;
    const before = nodes.slice(0, index).findLast((earlier) => earlier.family === parentFamily);
    resolved.set(node, { family: parentFamily, expected: before ? (before.ordinal ?? before.expectedOrdinal) + 1 : 1 });
    explained.add(next);
  });
  return { resolved, explained };
}

function checkOrdinal(node: OutlineNode, text: string, resolved?: ResolvedOrdinal): RuleReport<MessageId> | null {
  if (node.letterDigits && node.ordinal !== null) {
    const expected = markerWithOrdinal(node, node.ordinal);
    const letters = /[lI|Oo]+[0-9lI|Oo]*/u.exec(node.marker)!;
    const digits = String(node.ordinal).slice(-letters[0].length);
    const span = markerSpan(node, text);
    const original = text.slice(span.offset, span.offset + span.length);
    const start = node.markerOffset + letters.index - span.offset;
    // Suggested, never fixed unasked: turning a letter into a digit adds a digit, which the core's fix policy refuses.
    return {
      ...span,
      messageId: 'letterForDigit',
      data: { found: node.marker, expected },
      replacements: [original.slice(0, start) + digits + original.slice(start + letters[0].length)],
    };
  }
  if (node.missingOrdinal) {
    // The 、 and the two characters after it: enough to find the place, as a reader would point at it.
    const length = Math.min(node.marker.length + 2, text.length - node.markerOffset);
    const span = { offset: node.markerOffset, length };
    const family = resolved?.family ?? (node.family === 'unnumbered' ? familyByLevel(node) : node.family);
    if (!family) return { ...span, messageId: 'missingOrdinal', data: { marker: node.marker } };
    const expected = markerWithOrdinal({ marker: node.marker, family }, resolved?.expected ?? node.expectedOrdinal);
    return {
      ...span,
      messageId: 'missingOrdinalExpected',
      data: { expected },
      replacements: [expected + text.slice(node.markerOffset + node.marker.length, node.markerOffset + length)],
    };
  }
  const ordinal = node.ordinal;
  if (ordinal === null || node.tentative) return null;
  const word = ENUMERATION_WORD_FAMILIES.has(node.family);
  const expected = node.expectedOrdinal;
  const span = markerSpan(node, text);
  const found = node.marker;
  // A document that opens at 二、 may be an excerpt (a pasted section, a compilation cut short): no predecessor to
  // miss. Nor do the items after it: a notice that quotes （三）, （五） and （八） of a report selects them.
  if (ordinal > expected && (opensAsExcerpt(node) || insideQuotation(text, node.markerOffset))) return null;
  if (ordinal > expected && skippedItemsOpenWithFigures(node, text, expected)) return null;
  if (ordinal > expected && !(node.placement === 'first' && node.parent === null)) {
    const quote = (value: number) => `“${markerWithOrdinal(node, value)}”`;
    const missing =
      ordinal - expected > 3
        ? `${quote(expected)}—${quote(ordinal - 1)}`
        : Array.from({ length: ordinal - expected }, (_, index) => quote(expected + index)).join('');
    return { ...span, messageId: 'skippedOrdinal', data: { found, missing } };
  }
  if (ordinal === expected || !node.previous) return null;
  const previousOrdinal = node.previous.ordinal ?? node.previous.expectedOrdinal;
  const data = { found, expected: markerWithOrdinal(node, expected), previous: node.previous.marker };
  if (ordinal === previousOrdinal) return { ...span, messageId: 'duplicateOrdinal', data, severity: 'warning' };
  // A new 一是 list, 首先 again: lists of items restart freely.
  if (word && ordinal === 1) return null;
  if (ordinal === 1 && !listEndedBefore(node, text)) return { ...span, messageId: 'restartedOrdinal', data, severity: 'warning' };
  if (ordinal === 1) return null;
  return { ...span, messageId: 'outOfOrder', data, severity: 'warning' };
}

/**
 * A list of one-line statements (1.查看说明。⏎2.备份系统。) that a paragraph
 * of its own then closes: a 1. after that paragraph opens a new list, as the
 * steps of the next task do. Where the items have paragraphs under them, a
 * paragraph after the last one is its body, and a 1. there is a restart.
 */
function listEndedBefore(node: OutlineNode, text: string): boolean {
  const last = node.previous;
  if (!last || last.children.length > 0 || !last.selfContained) return false;
  if (!PARAGRAPH_OF_ITS_OWN.test(text.slice(last.titleOffset + last.title.length, node.markerOffset))) return false;
  for (let item = last.previous, after = last; item; after = item, item = item.previous) {
    if (
      item.children.length > 0 ||
      PARAGRAPH_OF_ITS_OWN.test(text.slice(item.titleOffset + item.title.length, after.markerOffset))
    )
      return false;
  }
  return true;
}

/** A line of text of its own: a line break, then writing. */
const PARAGRAPH_OF_ITS_OWN = /[\n\r\u2028\u2029][ \t\u3000]*[\p{Script=Han}\p{L}]/u;

/**
 * 5.虹桥·海创湾 ⏎ 6.15分钟出海服务圈 ⏎ 7.小蓝花, 附件：⏎ 1.2025年汇总表 ⏎
 * … ⏎ 4.上海16个重点区汇总表: the missing items are there, but their titles
 * open with a figure, so their markers read as decimals (6.15, 1.2025) and
 * never became items. Each missing ordinal is such a line, with its dot and a
 * digit, between the previous item (or a little text back) and this one.
 */
function skippedItemsOpenWithFigures(node: OutlineNode, text: string, expected: number): boolean {
  if (node.family !== 'arabic' || node.ordinal === null) return false;
  const from = node.previous ? node.previous.titleOffset : Math.max(0, node.markerOffset - FIGURE_ITEMS_REACH);
  const between = text.slice(from, node.markerOffset);
  for (let missing = expected; missing < node.ordinal; missing++) {
    if (!new RegExp(`(?:^|[\\n\\r])[ \\t\\u3000]*${missing}[.．][0-9]`, 'u').test(between)) return false;
  }
  return true;
}

/** How far back the lines of items that open with a figure are looked for when no item came before. */
const FIGURE_ITEMS_REACH = 1000;

/** The node's sequence opens, at the top of its document, above its first ordinal: a selection of items. */
function opensAsExcerpt(node: OutlineNode): boolean {
  let first = node;
  while (first.previous) first = first.previous;
  return first.placement === 'first' && first.parent === null && first.ordinal !== null && first.ordinal > first.expectedOrdinal;
}

/** How far back an opening quotation mark is looked for: a quotation of a few paragraphs. */
const QUOTATION_REACH = 1000;

/**
 * The marker stands inside a quotation that opened before it and has not
 * closed (会议强调：“（一）…⏎（二）…”): the numbering is the quoted
 * text's, which may start anywhere in its own list.
 */
function insideQuotation(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - QUOTATION_REACH), offset);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * The family a run of stripped ordinals with no numbered sibling most likely
 * had, from what the GB/T 9704 hierarchy puts under its parent: 、 at the top
 * was 一、, 、 under 一、 or （一） was 1、; （） at the top or under 一、 was
 * （一）, under （一） or 1. it was （1）. Anything else stays unguessed.
 */
function familyByLevel(node: OutlineNode): OutlineNode['family'] | null {
  const parent = node.parent?.family ?? null;
  if (/[（(]/u.test(node.marker)) {
    if (parent === null || parent === 'chinese') return 'chinese-paren';
    return parent === 'chinese-paren' || parent === 'arabic' ? 'arabic-paren' : null;
  }
  if (parent === null) return 'chinese';
  return parent === 'chinese' || parent === 'chinese-paren' ? 'arabic' : null;
}

/**
 * The first top-level heading pasted onto the lead-in before it, as pages
 * copied from document sites come in one block: …汇报如下：一、基本情况…, …
 * 提出意见。一、… . An inline enumeration (…分三部分：一、…；二、…) has its
 * 二、 in the same paragraph; a heading has none there.
 */
function headingMergedIntoParagraph(outlineDocument: OutlineDocument): RuleReport<MessageId> | null {
  const [first, second] = outlineDocument.headings;
  if (!first?.inline || first.family !== 'chinese' || first.ordinal !== 1 || first.placement !== 'first') return null;
  if (second?.previous === first && second.paragraphIndex === first.paragraphIndex) return null;
  return {
    offset: first.markerOffset,
    length: first.marker.length + Math.min(1, first.title.length),
    messageId: 'headingMergedIntoParagraph',
    data: { found: first.marker },
    severity: 'warning',
  };
}

/**
 * A document whose top-level numbering opens at 二、 while 一、 stands glued
 * to the end of a title line before it (…工作方案一、巡察工作背景): the title
 * and the first heading were pasted as one line.
 */
function headingGluedToTitle(outlineDocument: OutlineDocument, normalizedText: string): RuleReport<MessageId> | null {
  const first = outlineDocument.headings[0];
  if (first?.family !== 'chinese' || first.ordinal !== 2 || first.inline) return null;
  const before = normalizedText.slice(outlineDocument.offset, first.markerOffset);
  for (const line of before.matchAll(/[^\n\r\u2028\u2029]+/gu)) {
    const glued = /(?<=\p{Script=Han})一、(?=\p{Script=Han})/u.exec(line[0]);
    if (glued && isCompleteTitle(line[0].slice(0, glued.index).trim())) {
      const offset = outlineDocument.offset + line.index + glued.index;
      return { offset, length: 3, messageId: 'headingMergedIntoParagraph', data: { found: '一、' }, severity: 'warning' };
    }
  }
  return null;
}

/** Items merged into the previous paragraph, and a heading whose body (starting with an item) follows after a space. */
function checkLayout(node: OutlineNode): RuleReport<MessageId> | null {
  if (!node.inline || node.separator !== 'whitespace') return null;
  const span = { offset: node.markerOffset, length: node.marker.length };
  if (node.placement === 'continue' && node.previous && !node.previous.inline) {
    return { ...span, messageId: 'mergedItem', data: { found: node.marker }, severity: 'warning' };
  }
  const parent = node.parent;
  if (
    node.placement === 'first' &&
    parent?.kind === 'heading' &&
    !parent.inline &&
    parent.paragraphIndex === node.paragraphIndex
  ) {
    return { ...span, messageId: 'headingRunIntoBody', severity: 'warning' };
  }
  return null;
}

/** Two characters either side of the space: 工作 一直. */
function runInReport(runIn: { offset: number; length: number }, text: string): RuleReport<MessageId> {
  const start = Math.max(0, runIn.offset - 2);
  const end = Math.min(text.length, runIn.offset + runIn.length + 2);
  return { offset: start, length: end - start, messageId: 'headingRunIntoBody', severity: 'warning' };
}
