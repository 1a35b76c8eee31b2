/**
 * The analyzer with its built-in rules (the package's browser entry point,
 * bundled from its sources through the `tiankong-source` export condition), so the
 * extension and the CLI run the very same rules. Everything the extension needs from the
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
} from 'tiankong/browser';
