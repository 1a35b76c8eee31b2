import type { Language } from '../../core/finding.js';
import { categoryLabel } from '../../core/labels.js';
import type { RuleCategory } from '../../core/rule.js';
import { findRule } from '../../rules/index.js';
import type { FileResult, Formatter, ReportedFinding } from '../results.js';

/** How much text LanguageTool shows on each side of a match, in UTF-16 code units. */
const CONTEXT_SIZE = 40;
const ELLIPSIS = '...';

/**
 * ITS 2.0 localization-quality issue types, which LanguageTool uses for
 * `rule.issueType` (editor plug-ins colour underlines by them): a gap is an
 * omission, residue is an addition, garbled text is a characters issue.
 */
const ISSUE_TYPES: Record<RuleCategory, string> = {
  gap: 'omission',
  structure: 'inconsistency',
  residue: 'addition',
  integrity: 'characters',
  style: 'style',
};

/**
 * The response of LanguageTool's HTTP API (`POST /v2/check`), so editor
 * integrations written for LanguageTool can show Tiankong's findings. One
 * response per input, each on its own line (JSON Lines); with a single input
 * the output is exactly one response object. Each response also carries
 * `path`, which LanguageTool clients ignore.
 */
const languagetool: Formatter = (results) =>
  results.files.map((file) => `${JSON.stringify(responseOf(file, results.toolVersion))}\n`).join('');

function responseOf(file: FileResult, toolVersion: string) {
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
    path: file.path,
    matches: file.findings.map((finding) => matchOf(finding, file.text, language)),
  };
}

function matchOf(finding: ReportedFinding, text: string, language: Language) {
  const rule = findRule(finding.rule);
  const category = (rule?.meta.category ?? finding.category) as RuleCategory;
  return {
    message: finding.message,
    shortMessage: '',
    replacements: finding.replacements.map((value) => ({ value })),
    offset: finding.offset,
    length: finding.length,
    context: contextOf(text, finding.offset, finding.length),
    sentence: sentenceAround(text, finding.offset, finding.length),
    type: { typeName: finding.severity === 'info' ? 'Hint' : 'Other' },
    rule: {
      id: finding.rule,
      description: rule?.meta.description[language] ?? finding.rule,
      issueType: ISSUE_TYPES[category] ?? 'uncategorized',
      category: { id: category.toUpperCase(), name: categoryLabel(category, language) },
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

export default languagetool;
