/**
 * The core's entry functions with the built-in rules bound, as the Node and
 * browser entry points export them. The core takes its rules as an argument
 * (so a test can pass one rule, or a rule that throws); a caller of the
 * package gets every built-in rule unless it passes `ruleSet` itself.
 */
import type { AnalysisMemory } from './core/analysis-memory.js';
import type { AnalyzerSettings } from './core/index.js';
import {
  type AnalysisDocument,
  type AnalysisResult,
  analyzeDocument as analyzeDocumentWithRules,
  analyzeIncrementally as analyzeIncrementallyWithRules,
  analyze as analyzeWithRules,
  type AnalyzeOptions as CoreAnalyzeOptions,
  type IncrementalAnalysis,
} from './core/index.js';
import { RULES } from './rules/index.js';

/** {@link CoreAnalyzeOptions} whose `ruleSet` defaults to the built-in rules. */
export interface AnalyzeOptions extends AnalyzerSettings {
  segmenter: CoreAnalyzeOptions['segmenter'];
  ruleSet?: CoreAnalyzeOptions['ruleSet'];
  normalizers?: CoreAnalyzeOptions['normalizers'];
}

function withBuiltInRules(options: AnalyzeOptions): CoreAnalyzeOptions {
  return options.ruleSet ? (options as CoreAnalyzeOptions) : { ...options, ruleSet: RULES };
}

export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  return analyzeWithRules(text, withBuiltInRules(options));
}

export function analyzeDocument(document: AnalysisDocument, options: AnalyzeOptions, memory?: AnalysisMemory): AnalysisResult {
  return analyzeDocumentWithRules(document, withBuiltInRules(options), memory);
}

export function analyzeIncrementally(text: string, options: AnalyzeOptions): IncrementalAnalysis {
  return analyzeIncrementallyWithRules(text, withBuiltInRules(options));
}
