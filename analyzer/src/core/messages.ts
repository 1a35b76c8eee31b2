import type { Language } from './finding.js';
import type { LocalizedText } from './rule.js';

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than silently vanishing. */
export function formatMessage(template: LocalizedText, language: Language, data: Record<string, string | number> = {}): string {
  return template[language].replace(/\{(\w+)\}/gu, (placeholder, name: string) =>
    name in data ? String(data[name]) : placeholder,
  );
}
