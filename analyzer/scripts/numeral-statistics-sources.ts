/**
 * What the numeral statistics are measured on: the tuning half of the correct
 * official documents. The check half is never read here, so its false-alarm
 * figures stay a fair test of whether the statistics generalise.
 */
import { readOfficialHalf } from '../src/evaluation/fixture-sets.js';

export function readNumeralStatisticsSources(): string[] {
  return readOfficialHalf('tuning').map((document) => document.text);
}
