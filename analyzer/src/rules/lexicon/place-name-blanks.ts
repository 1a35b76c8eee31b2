import type { AnalysisDocument } from '../../core/document.js';

/** Administrative units, one character each: what a template writes after a blanked-out place name (*镇, *省, *县). */
export const ADMINISTRATIVE_UNITS: ReadonlySet<string> = new Set([...'省市县区镇乡村']);

/**
 * One asterisk standing for a place name (*镇锚定目标, 获得*省卫生乡镇称号):
 * the administrative unit after it is a word of its own, so no characters of
 * a longer word were censored. placeholder-name reports it; censored-text
 * leaves it alone (the same asterisk is never reported twice).
 */
export function isAsteriskBeforeUnit(document: AnalysisDocument, asterisk: number): boolean {
  const next = document.tokenAt(asterisk + 1);
  return next !== undefined && next.start === asterisk + 1 && ADMINISTRATIVE_UNITS.has(next.text);
}
