import type { OutlineHeading } from '../messaging/protocol.js';
import type { OutlineNodeJson } from './analyzer-core.js';

/**
 * Flattens the analyzer's outline tree into the reading-order list the side
 * panel shows: each document's title (when it has one) and every heading.
 * Items inside a paragraph (…。二是…) stay out: they are enumerations, not
 * places a writer navigates to.
 */
export function flattenOutline(nodes: readonly OutlineNodeJson[]): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  const visit = (node: OutlineNodeJson) => {
    const shown = node.kind === 'document' ? node.title.trim() !== '' : !node.inline;
    if (shown) {
      headings.push({
        kind: node.kind,
        level: node.level,
        marker: node.marker,
        title: node.title,
        offset: node.offset,
        end: node.end,
      });
    }
    for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return headings;
}

/** How many of the given offsets lie in each heading's section (`offset` up to its `end`). */
export function countPerSection(headings: readonly OutlineHeading[], offsets: readonly number[]): number[] {
  return headings.map((heading) => offsets.filter((offset) => offset >= heading.offset && offset < heading.end).length);
}
