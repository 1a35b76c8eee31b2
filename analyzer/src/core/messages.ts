import type { Language } from './finding.js';
import type { LocalizedText } from './rule.js';

/** A template cut at its placeholders: literal text at even indices, placeholder names at odd ones. */
type CompiledTemplate = readonly string[];

/** Templates are a rule's constants: each is cut once, not once per finding (a draft can have thousands). */
const compiledTemplates = new WeakMap<LocalizedText, Partial<Record<Language, CompiledTemplate>>>();

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than silently vanishing. */
export function formatMessage(template: LocalizedText, language: Language, data: Record<string, string | number> = {}): string {
  const parts = compiled(template, language);
  let message = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    message += (name in data ? String(data[name]) : `{${name}}`) + parts[index + 1]!;
  }
  return message;
}

function compiled(template: LocalizedText, language: Language): CompiledTemplate {
  let byLanguage = compiledTemplates.get(template);
  if (!byLanguage) {
    byLanguage = {};
    compiledTemplates.set(template, byLanguage);
  }
  // split() with a capturing group keeps the names: 'a{x}b' → ['a', 'x', 'b'].
  byLanguage[language] ??= template[language].split(/\{(\w+)\}/u);
  return byLanguage[language];
}
