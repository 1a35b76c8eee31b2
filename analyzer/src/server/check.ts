/**
 * `/v2/check`: one request's parameters → the analysis on the pool → the
 * answer, built by the same code as `tiankong lint --format languagetool`
 * (cli/formatters/languagetool.ts), so the server and the CLI cannot
 * disagree on the same text and configuration.
 */

import { languageToolResponse } from '../cli/formatters/languagetool.js';
import type { RuleFailure } from '../core/analyze.js';
import type { Finding, Language } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import type { AnalyzerSettings } from '../core/settings.js';
import type { AnnotatedText } from './annotated-text.js';
import type { CheckRequest } from './check-parameters.js';
import { HttpError } from './http-error.js';
import { selectRules } from './rule-selection.js';
import type { AnalysisOutcome } from './worker-protocol.js';

export interface CheckContext {
  settings: AnalyzerSettings;
  ruleSet: readonly Rule[];
  maxTextLength: number;
  toolVersion: string;
  analyze(text: string, settings: AnalyzerSettings): Promise<AnalysisOutcome>;
  ruleUrl?(ruleId: string): string | undefined;
  /** Rules that threw: reported by id and message, never with the text. */
  onRuleFailure(failure: RuleFailure): void;
}

export type CheckResponse = ReturnType<typeof languageToolResponse>;

export async function check(request: CheckRequest, context: CheckContext): Promise<CheckResponse> {
  const { document } = request;
  if (document.plain.length > context.maxTextLength) {
    throw new HttpError(
      413,
      `Your text exceeds the limit of ${context.maxTextLength} characters (it's ${document.plain.length} characters). Please submit a shorter text.`,
    );
  }
  const settings = selectRules(context.settings, request, context.ruleSet);
  const { findings, ruleFailures } = await context.analyze(document.plain, settings);
  for (const failure of ruleFailures) context.onRuleFailure(failure);
  const language: Language = settings.language ?? 'zh';
  const file = {
    path: '',
    text: document.original,
    findings: findings.map((finding) => inOriginal(finding, document)),
    language,
  };
  const response = languageToolResponse(file, context.toolVersion, { ruleUrl: context.ruleUrl });
  // A rule that failed left its findings out: LanguageTool's flag for an answer that may miss some.
  return { ...response, warnings: { incompleteResults: ruleFailures.length > 0 } };
}

/** A finding on the plain text, moved to the client's document (markup included). */
function inOriginal(finding: Finding, document: AnnotatedText): Finding {
  if (document.original === document.plain) return finding;
  const { offset, length } = document.toOriginal(finding.offset, finding.length);
  return { ...finding, offset, length, text: document.original.slice(offset, offset + length) };
}
