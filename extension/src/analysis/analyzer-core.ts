/**
 * The analyzer's pure core, bundled from its sources so the extension and the
 * CLI run the very same rules. Everything the extension needs from the
 * analyzer goes through this module.
 */
export {
  analyze,
  createJiebaWasmSegmenter,
  type Finding,
  findingSchema,
  type JiebaWasmModule,
  LANGUAGES,
  type Language,
  languageSchema,
  outlineToJson,
  RULES,
  type Rule,
  type Segmenter,
  type Severity,
  type Token,
} from '../../../analyzer/src/core/index.js';
