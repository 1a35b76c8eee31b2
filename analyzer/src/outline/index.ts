/** The outline of a draft: documents, titles, numbered headings and enumerated items. Pure: text in, tree out. */
export { buildOutline, type OutlineParagraph, type OutlineSource } from './build.js';
export { type OutlineNodeJson, type OutlineRenderOptions, outlineToJson, renderOutline } from './render.js';
export {
  type DocumentBoundary,
  ENUMERATION_WORD_FAMILIES,
  type MarkerFamily,
  type MarkerSeparator,
  type Outline,
  type OutlineDocument,
  type OutlineLine,
  type OutlineNode,
  type Placement,
} from './types.js';
