import type { Outline, OutlineNode } from '../../outline/index.js';
import type { ReportSection } from './render.js';

/**
 * The report's outline, from the analyzer's own (analyzer/src/outline): one
 * entry per document of the draft (a compilation glues several together),
 * each with the tree of its numbered headings. Enumerations that run inline
 * (…，二是…) are left out: they are items of a paragraph, not places a
 * reviewer navigates to.
 */
export function reportSections(outline: Outline): ReportSection[] {
  const sections = outline.documents.map((document) => ({
    label: document.title.map((line) => line.text.trim()).join(''),
    offset: document.offset,
    end: document.end,
    children: headingSections(document.headings),
  }));
  // A draft with no title and no headings has no outline worth showing.
  return sections.every((section) => !section.label && section.children.length === 0) ? [] : sections;
}

function headingSections(nodes: readonly OutlineNode[]): ReportSection[] {
  return nodes
    .filter((node) => !node.inline)
    .map((node) => ({
      label: `${node.marker}${node.title}`.trim(),
      offset: node.markerOffset,
      end: node.end,
      children: headingSections(node.children),
    }));
}
