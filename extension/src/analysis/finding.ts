/**
 * The analyzer's finding shape and its schemas, and the core's fix policy,
 * without the rules and dictionaries: what the content script and the panel
 * need, kept small because the content script is loaded into every page.
 */
export {
  type Finding,
  type FixVerdict,
  findingSchema,
  fixVerdict,
  LANGUAGES,
  type Language,
  languageSchema,
  SEVERITY_LABELS,
  SEVERITY_RANK,
  type Severity,
  VERIFY_RULES,
} from 'tiankong/core';
