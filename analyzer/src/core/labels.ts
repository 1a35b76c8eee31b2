import type { Language, Severity } from './finding.js';
import type { RuleCategory } from './rule.js';

/**
 * What a severity and a rule category mean to a reader, in both languages:
 * one table for the CLI's report and LanguageTool output and for the
 * extension's card and panel, so they never name the same thing twice.
 */
export const SEVERITY_LABELS: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  zh: { error: '必须修改', warning: '建议修改', info: '提示' },
  en: { error: 'Must fix', warning: 'Should fix', info: 'Note' },
};

export const CATEGORY_LABELS: Readonly<Record<RuleCategory, Record<Language, string>>> = {
  gap: { zh: '缺漏待填', en: 'Gaps to fill' },
  structure: { zh: '结构与编号', en: 'Structure and numbering' },
  residue: { zh: '模板残留', en: 'Template residue' },
  integrity: { zh: '文字完整性', en: 'Text integrity' },
  style: { zh: '格式规范', en: 'Style' },
};

export function categoryLabel(category: string, language: Language): string {
  return CATEGORY_LABELS[category as RuleCategory]?.[language] ?? category;
}

/**
 * Rules whose findings are no gap to fill but a figure, a date or a name to
 * check against the rest of the draft (issue 16): the report lists them once
 * more, together, under 需要核对, each with its arithmetic or evidence, and
 * the extension's side panel groups them the same way.
 */
export const VERIFY_RULES: ReadonlySet<string> = new Set(['date-consistency', 'figure-check', 'leftover-name']);
