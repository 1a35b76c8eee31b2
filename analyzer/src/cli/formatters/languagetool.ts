import type { Language, Severity } from '../../core/finding.js';
import { categoryLabel } from '../../core/labels.js';
import type { RuleCategory } from '../../core/rule.js';
import { findRule } from '../../rules/index.js';
import { collectStream, type FileResult, type ReportedFinding, type StreamingFormatter } from '../results.js';

/** How much text LanguageTool shows on each side of a match, in UTF-16 code units. */
const CONTEXT_SIZE = 40;
const ELLIPSIS = '...';

/**
 * `rule.issueType` by severity, for the clients that colour an underline by
 * it (LanguageTool's browser add-on: misspelling red, style blue, the other
 * types yellow): an error gets the strongest colour, a warning the middle
 * one, an info the mildest. LibreOffice 7.4 and the Obsidian plug-in colour
 * by `category.id` instead (TYPOS red, STYLE as style, the rest as grammar),
 * which stays Tiankong's category so that `disabledCategories` can name it.
 */
const ISSUE_TYPES: Record<Severity, string> = {
  error: 'misspelling',
  warning: 'grammar',
  info: 'style',
};

/** What a server adds to the CLI's response: a link to each rule's page. */
export interface LanguageToolResponseOptions {
  ruleUrl?(ruleId: string): string | undefined;
}

/**
 * The response of LanguageTool's HTTP API (`POST /v2/check`), so editor
 * integrations written for LanguageTool can show Tiankong's findings. One
 * response per input, each on its own line (JSON Lines); with a single input
 * the output is exactly one response object. Each response also carries
 * `path`, which LanguageTool clients ignore.
 */
export const languagetoolStream: StreamingFormatter = (run) => ({
  file(file) {
    const { matches, ...head } = languageToolResponse(file, run.toolVersion);
    return `${JSON.stringify({ ...head, path: file.path, matches })}\n`;
  },
  end: () => '',
});

/** One input's `/v2/check` response; `tiankong serve` sends exactly this for the same text and settings. */
export function languageToolResponse(file: FileResult, toolVersion: string, options: LanguageToolResponseOptions = {}) {
  const language: Language = file.language ?? 'zh';
  return {
    software: {
      name: 'Tiankong',
      version: toolVersion,
      buildDate: '',
      apiVersion: 1,
      premium: false,
      status: '',
    },
    warnings: { incompleteResults: false },
    language: {
      name: 'Chinese',
      code: 'zh-CN',
      detectedLanguage: { name: 'Chinese', code: 'zh-CN', confidence: 1 },
    },
    matches: file.findings.map((finding) => matchOf(finding, file.text, language, options)),
  };
}

function matchOf(finding: ReportedFinding, text: string, language: Language, options: LanguageToolResponseOptions) {
  const rule = findRule(finding.rule);
  const category = (rule?.meta.category ?? finding.category) as RuleCategory;
  const url = options.ruleUrl?.(finding.rule);
  return {
    message: finding.message,
    // LanguageTool's clients head the match with it (LibreOffice's dialog, the add-on's card).
    shortMessage: rule?.meta.name[language] ?? '',
    replacements: finding.replacements.map((value) => ({ value })),
    offset: finding.offset,
    length: finding.length,
    context: contextOf(text, finding.offset, finding.length),
    sentence: sentenceAround(text, finding.offset, finding.length),
    type: { typeName: finding.severity === 'info' ? 'Hint' : 'Other' },
    rule: {
      id: finding.rule,
      description: rule?.meta.description[language] ?? finding.rule,
      issueType: ISSUE_TYPES[finding.severity],
      category: { id: category.toUpperCase(), name: categoryLabel(category, language) },
      ...(url ? { urls: [{ value: url }] } : {}),
    },
    ignoreForIncompleteSentence: false,
    contextForSureMatch: 0,
  };
}

/** LanguageTool's context: the match with up to 40 characters each side, line breaks shown as spaces, cut ends marked "...". */
function contextOf(text: string, offset: number, length: number) {
  const from = Math.max(0, offset - CONTEXT_SIZE);
  const to = Math.min(text.length, offset + length + CONTEXT_SIZE);
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  return {
    text: prefix + text.slice(from, to).replace(/[\r\n\u2028\u2029]/gu, ' ') + suffix,
    offset: prefix.length + offset - from,
    length,
  };
}

/** The sentence holding the match: back to the previous 。！？ or line break, on to the next. */
function sentenceAround(text: string, offset: number, length: number): string {
  const boundary = /[。！？!?\r\n]/u;
  let start = offset;
  while (start > 0 && !boundary.test(text[start - 1]!)) start--;
  let end = offset + length;
  while (end < text.length && !/[\r\n]/u.test(text[end]!)) {
    end++;
    if (boundary.test(text[end - 1]!)) break;
  }
  return text.slice(start, end).trim();
}

export default collectStream(languagetoolStream);
