/**
 * The outline of a draft: its documents (a compilation glues several
 * together), each with its title, salutation and closing lines, and the tree
 * of numbered headings and enumerated items under it.
 *
 * Offsets are UTF-16 code units into the original text, like findings.
 */

/**
 * How an ordinal is written. Markers of one family form one numbering
 * sequence; a family never nests inside itself.
 * - `chinese` 一、 (GB/T 9704 level 1), `chinese-paren` （一） (level 2),
 *   `arabic` 1. or 1、 (level 3), `arabic-paren` （1） (level 4), `circled` ①;
 * - `ordinal-word` 首先/其次/再次/最后 and 第一，第二，; `ordinal-unit` 第一阶段, 第二部分, 第三章, 第五条;
 * - `shi` 一是/二是…, `yao` 一要/二要…: enumerations a paragraph may also carry inline;
 * - `block`: the label of a sidebar or an attachment (专栏1, 附件2), which the items inside it nest under;
 * - `unnumbered`: the ordinal is missing (、统一思想认识, （）加强领导) and no sibling says which family it belongs to.
 */
export type MarkerFamily =
  | 'chinese'
  | 'chinese-paren'
  | 'arabic'
  | 'arabic-paren'
  | 'circled'
  | 'ordinal-word'
  | 'ordinal-unit'
  | 'shi'
  | 'yao'
  | 'block'
  | 'unnumbered';

/**
 * Numbered headings (一、 （一） 1. （1） ① and 第一部分, 第一阶段) stand at the
 * start of a paragraph; enumeration words (一是, 一要, 首先, 第一，) are items
 * of a list, inside a section or inline in a paragraph.
 */
export const ENUMERATION_WORD_FAMILIES: ReadonlySet<MarkerFamily> = new Set(['ordinal-word', 'shi', 'yao']);

/** How a node came to stand where it is in its numbering sequence. */
export type Placement =
  /** The first of a new sequence under its parent: nothing precedes it. */
  | 'first'
  /** Continues the sequence of `previous`. */
  | 'continue'
  /** Starts over at the first ordinal although a sequence of its family is still open (a new list, or a defect). */
  | 'restart';

/** What stands right before an inline marker in its paragraph. */
export type MarkerSeparator = 'paragraph-start' | 'punctuation' | 'whitespace';

export interface OutlineNode {
  kind: 'heading' | 'item';
  family: MarkerFamily;
  /** Sequences are kept per key: the family, plus the unit for `ordinal-unit` (第一阶段 and 第一部分 are two sequences). */
  sequenceKey: string;
  /** Depth below the document: 1 for its top-level headings. */
  level: number;
  /** The marker as written, e.g. `一、`, `(一)`, `1、`, `l、`, `、`, `一是`. */
  marker: string;
  markerOffset: number;
  /** The ordinal the marker writes; null when it is missing (`、统一`) or has none (最后). */
  ordinal: number | null;
  /** The ordinal the sequence called for here, counting a missing ordinal as the one it stands for. */
  expectedOrdinal: number;
  /** The heading text after the marker, up to the end of its first sentence or the line. */
  title: string;
  titleOffset: number;
  /** Where this node's section ends: the next node at the same or a higher level, or the end of its document. */
  end: number;
  /** False when the marker starts its paragraph. */
  inline: boolean;
  separator: MarkerSeparator;
  paragraphIndex: number;
  placement: Placement;
  /** The node this one continues in its sequence (placement `continue` or `restart`); not enumerable, so the outline serialises. */
  readonly previous: OutlineNode | null;
  /** Letters written for digits: `l、` for 1、, `1O.` for 10. */
  letterDigits: boolean;
  /** The ordinal is missing: `、统一`, `（）加强`. */
  missingOrdinal: boolean;
  /** An inline item accepted only because it looks like one; with no open sequence it may be ordinary prose. */
  tentative: boolean;
  /**
   * A heading whose body follows on the same line after nothing but
   * whitespace (`…推荐工作 一直以来…`): the whitespace's offset and length.
   */
  runIn: { offset: number; length: number } | null;
  /** Text, children or a complete sentence follow the title before the section ends. */
  hasContent: boolean;
  /** The title is a complete statement (ends in 。 or ；), so the item carries its own content. */
  selfContained: boolean;
  /** Not enumerable, so the outline serialises without cycles. */
  readonly parent: OutlineNode | null;
  children: OutlineNode[];
}

export interface OutlineLine {
  text: string;
  offset: number;
}

/** Why a new document starts where it does. */
export type DocumentBoundary =
  /** The first document of the text. */
  | 'start'
  /** A title line after the previous document had content. */
  | 'title'
  /** A salutation such as 尊敬的各位领导： in the middle of the text. */
  | 'salutation'
  /** Anything after a closing date line. */
  | 'closing'
  /** Top-level numbering starting over at 一 with no title: an untitled document glued on. */
  | 'restart'
  /** An attachment's label on a line of its own (附件2, 附录): the attachment is a document of its own. */
  | 'attachment';

export interface OutlineDocument {
  /** Where the document's first line starts. */
  offset: number;
  end: number;
  boundary: DocumentBoundary;
  /** The title, possibly over several lines. */
  title: OutlineLine[];
  /** The addressee line: 市环保局： */
  salutation: OutlineLine | null;
  /** The issuing organisation over the date, when there is one. */
  signature: OutlineLine | null;
  /** The closing date line: 2024年1月5日, 年月日, （2011年4月18日）. */
  date: OutlineLine | null;
  /** Top-level headings and items. */
  headings: OutlineNode[];
}

export interface Outline {
  documents: OutlineDocument[];
}
