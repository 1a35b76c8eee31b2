import type { OutlineHeading } from '../messaging/protocol.js';

/**
 * Flattens the outline the analyzer attaches to its result (a tree of
 * headings with `level`, `marker`, `title`, `offset` and `children`) into the
 * reading-order list the side panel shows. Returns an empty list when the
 * analyzer build has no outline.
 */
export function flattenOutline(outline: unknown): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  visit(outline, headings, 0);
  headings.sort((a, b) => a.offset - b.offset);
  return headings;
}

function visit(value: unknown, headings: OutlineHeading[], depth: number): void {
  if (depth > 32 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, headings, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  if (typeof node.title === 'string' && typeof node.offset === 'number' && typeof node.level === 'number') {
    headings.push({
      level: node.level,
      title: node.title,
      marker: typeof node.marker === 'string' ? node.marker : '',
      offset: node.offset,
    });
  }
  for (const key of ['headings', 'children', 'nodes', 'sections']) {
    if (key in node) visit(node[key], headings, depth + 1);
  }
}

/** How many findings lie in each heading's section: from the heading to the next heading of the same or a higher level. */
export function countPerSection(headings: readonly OutlineHeading[], offsets: readonly number[], textLength: number): number[] {
  return headings.map((heading, index) => {
    let end = textLength;
    for (let next = index + 1; next < headings.length; next++) {
      if (headings[next]!.level <= heading.level) {
        end = headings[next]!.offset;
        break;
      }
    }
    return offsets.filter((offset) => offset >= heading.offset && offset < end).length;
  });
}
