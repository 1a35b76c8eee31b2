/**
 * The languages the server checks, in the form of LanguageTool's
 * `GET /v2/languages`, and how a request's `language` resolves to one of
 * them. Clients such as LibreOffice read the list before they send text, and
 * only send text in a language on it.
 */
import { HttpError } from './http-error.js';

export const CHINESE = { name: 'Chinese', code: 'zh', longCode: 'zh-CN' } as const;

/** What `/v2/languages` lists. */
export const SUPPORTED_LANGUAGES = [CHINESE];

/** The codes a client may send (compared without case, as LanguageTool does); `auto` asks the server to detect it. */
const ACCEPTED_CODES = new Set(['zh', 'zh-cn', 'auto']);

/**
 * Checks a request's `language`. Anything else gets LanguageTool's own
 * error, which clients recognise and show: rules written for Simplified
 * Chinese official documents would only mislead on another language.
 */
export function checkLanguage(code: string): void {
  if (ACCEPTED_CODES.has(code.toLowerCase())) return;
  throw new HttpError(
    400,
    `'${code}' is not a language code known to LanguageTool. Supported language codes are: ${SUPPORTED_LANGUAGES.flatMap((language) => [language.code, language.longCode]).join(', ')}.`,
  );
}
