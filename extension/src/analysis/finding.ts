/**
 * The analyzer's finding shape and its schemas, without the rules and
 * dictionaries: what the content script and the panel need, kept small
 * because the content script is loaded into every page.
 */
export {
  type Finding,
  findingSchema,
  LANGUAGES,
  type Language,
  languageSchema,
  type Severity,
} from '../../../analyzer/src/core/finding.js';
