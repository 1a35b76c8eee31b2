/**
 * The analyzer's pure core, bundled from its sources so the extension and the
 * CLI run the very same rules. Everything the extension needs from the
 * analyzer goes through this module.
 */
export {
  analyze,
  analyzeIncrementally,
  createJiebaWasmSegmenter,
  type Finding,
  findingSchema,
  type IncrementalAnalysis,
  type JiebaWasmModule,
  LANGUAGES,
  type Language,
  languageSchema,
  type OutlineNodeJson,
  outlineToJson,
  RULES,
  type Rule,
  reanalyze,
  type Segmenter,
  type Severity,
  type Token,
} from '../../../analyzer/src/core/index.js';
