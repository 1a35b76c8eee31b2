/**
 * The one message protocol between the content script, the background (where
 * the analyzer runs) and the side panel. Every message is checked against
 * these schemas on arrival, so a page can never smuggle a malformed message
 * into the privileged side.
 */
import { z } from 'zod';
import { findingSchema } from '../analysis/finding.js';

export const EDITOR_FAMILIES = [
  'textarea',
  'contenteditable',
  'prosemirror',
  'quill',
  'ckeditor5',
  'lexical',
  'slate',
  'tinymce',
  'trix',
] as const;
export const editorFamilySchema = z.enum(EDITOR_FAMILIES);
export type EditorFamily = z.infer<typeof editorFamilySchema>;

/** A heading of the draft's outline (or a document's title), flattened in reading order. */
export const outlineHeadingSchema = z.object({
  kind: z.enum(['document', 'heading', 'item']),
  level: z.number().int().nonnegative(),
  title: z.string(),
  marker: z.string(),
  /** Where the heading starts (its marker), in UTF-16 code units. */
  offset: z.number().int().nonnegative(),
  /** Where its section ends (exclusive). */
  end: z.number().int().nonnegative(),
});
export type OutlineHeading = z.infer<typeof outlineHeadingSchema>;

export const analysisSchema = z.object({
  findings: z.array(findingSchema),
  outline: z.array(outlineHeadingSchema),
  backend: z.string(),
  /** Milliseconds the analysis took in the background, for the benchmark and the panel's footer. */
  elapsedMs: z.number().nonnegative(),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** What the side panel shows about the draft being edited in a tab. */
export const documentSnapshotSchema = z.object({
  tabId: z.number().int(),
  frameId: z.number().int(),
  documentId: z.string(),
  editor: editorFamilySchema,
  hostname: z.string(),
  pageTitle: z.string(),
  text: z.string(),
  analysis: analysisSchema,
});
export type DocumentSnapshot = z.infer<typeof documentSnapshotSchema>;

/** Messages sent to the background with `runtime.sendMessage`. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  /** From a content script: analyse the text of the editor it is attached to; the result also feeds the panel and the badge. */
  z.object({
    type: z.literal('analyzeDocument'),
    documentId: z.string(),
    editor: editorFamilySchema,
    hostname: z.string(),
    pageTitle: z.string(),
    text: z.string(),
  }),
  /** From a content script: the writer moved into this editor, so the panel should follow it. */
  z.object({ type: z.literal('documentFocused'), documentId: z.string() }),
  /** From a content script: its editor went away (page hidden, site turned off). */
  z.object({ type: z.literal('documentClosed'), documentId: z.string() }),
  /** From the panel's paste box: analyse any text, remember nothing. */
  z.object({ type: z.literal('analyzeText'), text: z.string() }),
  /** From the panel: the draft it should show. */
  z.object({ type: z.literal('getActiveDocument') }),
  /** From the panel: scroll to and select a finding in the editor. */
  z.object({
    type: z.literal('revealFinding'),
    tabId: z.number().int(),
    frameId: z.number().int(),
    documentId: z.string(),
    offset: z.number().int().nonnegative(),
    length: z.number().int().nonnegative(),
  }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/** Messages the background sends to a content script with `tabs.sendMessage`. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('revealFinding'),
    documentId: z.string(),
    offset: z.number().int().nonnegative(),
    length: z.number().int().nonnegative(),
  }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/** Messages the background pushes to the side panel over its port. */
export const panelUpdateSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('documentUpdated'), document: documentSnapshotSchema.nullable() }),
]);
export type PanelUpdate = z.infer<typeof panelUpdateSchema>;

export const SIDE_PANEL_PORT = 'tiankong-side-panel';

/** The reply to each background request, by type. */
export interface BackgroundReplies {
  analyzeDocument: Analysis;
  /** Whether the background still knew the draft (a restarted service worker has forgotten every draft). */
  documentFocused: boolean;
  documentClosed: null;
  analyzeText: Analysis;
  getActiveDocument: DocumentSnapshot | null;
  revealFinding: boolean;
}
