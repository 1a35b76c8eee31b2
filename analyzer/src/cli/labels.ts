import type { Language } from '../core/finding.js';
import type { RuleCategory } from '../core/rule.js';

/** What each rule category means to a reader, for the report and the LanguageTool output. */
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
