import initJieba, * as jieba from 'jieba-wasm/web';
import type { Analysis } from '../messaging/protocol.js';
import type { ExtensionSettings } from '../settings/settings.js';
import { toAnalyzerSettings } from '../settings/settings.js';
import { analyze, createJiebaWasmSegmenter, outlineToJson, type Segmenter } from './analyzer-core.js';
import { flattenOutline } from './outline.js';
import { SegmentationCache } from './segmentation-cache.js';

/**
 * Runs the analyzer in an extension context (the background), never in the
 * page: page CSPs may forbid WebAssembly, and jieba's dictionary is too heavy
 * for a page's main thread. jieba's `.wasm` ships inside the extension and is
 * read from the extension's own files.
 */
export class AnalyzerHost {
  private segmenter: Promise<Segmenter> | undefined;
  private readonly caches = new Map<string, SegmentationCache>();

  constructor(private readonly wasmUrl: string) {}

  private loadSegmenter(): Promise<Segmenter> {
    this.segmenter ??= initJieba({ module_or_path: this.wasmUrl }).then(() => createJiebaWasmSegmenter(jieba));
    return this.segmenter;
  }

  /**
   * Analyses `text`. A `cacheKey` (one per open draft) lets consecutive
   * analyses of the same draft reuse the segmentation of unchanged paragraphs.
   */
  async analyze(text: string, settings: ExtensionSettings, cacheKey?: string): Promise<Analysis> {
    const segmenter = await this.loadSegmenter();
    let cache: SegmentationCache | undefined;
    if (cacheKey !== undefined) {
      cache = this.caches.get(cacheKey) ?? new SegmentationCache(segmenter);
      this.caches.set(cacheKey, cache);
    }
    const started = performance.now();
    const result = analyze(text, { ...toAnalyzerSettings(settings), segmenter: cache?.segmenter ?? segmenter });
    cache?.endAnalysis();
    return {
      findings: result.findings,
      outline: flattenOutline(outlineToJson(result.outline)),
      backend: result.backend,
      elapsedMs: performance.now() - started,
    };
  }

  forget(cacheKey: string): void {
    this.caches.delete(cacheKey);
  }
}
