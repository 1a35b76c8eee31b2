import type { Analysis } from '../messaging/protocol.js';
import type { ExtensionSettings } from '../settings/settings.js';
import { toAnalyzerSettings } from '../settings/settings.js';
import { analyzeIncrementally, type IncrementalAnalysis, outlineToJson, reanalyze, type Segmenter } from './analyzer-core.js';
import { flattenOutline } from './outline.js';

interface OpenDraft {
  /** The settings the draft's analyses were made with; new settings start the draft over. */
  settingsKey: string;
  previous: IncrementalAnalysis;
}

/**
 * Runs the analyzer in an extension context (the background), never in the
 * page: page CSPs may forbid WebAssembly, and jieba's dictionary is too heavy
 * for a page's main thread. Each open draft is re-analysed incrementally:
 * only the paragraphs an edit changed are segmented and checked again, and
 * the result is exactly that of a full analysis (the core guarantees it).
 */
export class AnalyzerHost {
  private segmenter: Promise<Segmenter> | undefined;
  private readonly drafts = new Map<string, OpenDraft>();

  constructor(private readonly loadSegmenter: () => Promise<Segmenter>) {}

  /** Analyses `text`; a `draftId` (one per open editor) makes consecutive analyses of that draft incremental. */
  async analyze(text: string, settings: ExtensionSettings, draftId?: string): Promise<Analysis> {
    this.segmenter ??= this.loadSegmenter();
    const segmenter = await this.segmenter;
    const options = { ...toAnalyzerSettings(settings), segmenter };
    const settingsKey = JSON.stringify(toAnalyzerSettings(settings));
    const started = performance.now();
    const open = draftId === undefined ? undefined : this.drafts.get(draftId);
    const result =
      open && open.settingsKey === settingsKey ? reanalyze(open.previous, text) : analyzeIncrementally(text, options);
    if (draftId !== undefined) this.drafts.set(draftId, { settingsKey, previous: result });
    return {
      findings: result.findings,
      outline: flattenOutline(outlineToJson(result.outline)),
      backend: result.backend,
      elapsedMs: performance.now() - started,
    };
  }

  forget(draftId: string): void {
    this.drafts.delete(draftId);
  }

  get openDrafts(): number {
    return this.drafts.size;
  }
}
