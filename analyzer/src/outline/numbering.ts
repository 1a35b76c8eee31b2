/** Helpers the numbering rules share: walking the tree and writing an ordinal in a node's own style. */
import type { Outline, OutlineNode } from './types.js';

/** Every node of every document, in document order. */
export function outlineNodes(outline: Outline): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const visit = (node: OutlineNode) => {
    nodes.push(node);
    node.children.forEach(visit);
  };
  for (const document of outline.documents) document.headings.forEach(visit);
  return nodes;
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三, 105 → 一百零五, 110 → 一百一十. */
export function toChineseNumeral(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value] ?? String(value);
  if (value >= 1000) return String(value);
  if (value >= 100) {
    const rest = value % 100;
    const hundreds = `${CHINESE_DIGITS[Math.floor(value / 100)]}百`;
    if (rest === 0) return hundreds;
    return rest < 10 ? `${hundreds}零${CHINESE_DIGITS[rest]}` : `${hundreds}${rest < 20 ? '一' : ''}${toChineseNumeral(rest)}`;
  }
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[value % 10]}`;
}

const ORDINAL_ADVERBS: Record<number, string> = { 1: '首先', 2: '其次', 3: '再次' };

/** The node's marker with another ordinal in it, in the same style: (二) → (三), 3、 → 4、, 二是 → 三是, 其次 → 再次. */
export function markerWithOrdinal(node: Pick<OutlineNode, 'marker' | 'family'>, ordinal: number): string {
  const { marker } = node;
  if (/^(?:首先|其次|再次|最后)/u.test(marker)) {
    return marker.replace(/^(?:首先|其次|再次|最后)/u, ORDINAL_ADVERBS[ordinal] ?? `第${toChineseNumeral(ordinal)}`);
  }
  // One-character markers: ① (circled), ㈠ ⑴ ⒈ (Word's automatic numbering).
  for (const [pattern, first, last] of [
    [/[①-⑳]/u, 0x2460, 20],
    [/[㈠-㈩]/u, 0x3220, 10],
    [/[⑴-⒇]/u, 0x2474, 20],
    [/[⒈-⒛]/u, 0x2488, 20],
  ] as const) {
    if (pattern.test(marker) && ordinal >= 1 && ordinal <= last)
      return marker.replace(pattern, String.fromCharCode(first + ordinal - 1));
  }
  if (/[一二三四五六七八九十]/u.test(marker)) return marker.replace(/[一二三四五六七八九十百零]+/u, toChineseNumeral(ordinal));
  if (/[0-9０-９lI|Oo]/u.test(marker)) return marker.replace(/[0-9０-９lI|Oo]+/u, String(ordinal));
  // The ordinal is missing altogether (、 or （）): write it in the style of the sequence the node joined.
  if (node.family === 'chinese') return `${toChineseNumeral(ordinal)}${marker}`;
  if (node.family === 'arabic') return `${ordinal}${marker}`;
  if (node.family === 'chinese-paren') return marker.replace(/^([（(])[ \u3000]*/u, `$1${toChineseNumeral(ordinal)}`);
  if (node.family === 'arabic-paren') return marker.replace(/^([（(])[ \u3000]*/u, `$1${ordinal}`);
  return marker;
}
