/**
 * Figures as reports write them, read into numbers: Arabic digits with
 * thousands separators and decimals (1,234.5), Chinese numerals (三千二百,
 * 两万), and the mixed forms (1.2万, 3万5千). Each figure keeps how precise
 * it is as written (1.2万 is 11,500–12,499) and whether it is approximate
 * (三千余, 约120人, 近百人, 50人左右), so that arithmetic on it never treats
 * a rounded or approximate figure as exact. Shared by figure-check and
 * date-consistency (Chinese-numeral years).
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export interface ParsedNumber {
  value: number;
  /** Half the place value of the last written digit: how far the true figure may lie from `value` (1.2万 → 500; 98.5 → 0.05; a whole count, 120, is exact: 0). */
  halfStep: number;
}

/**
 * A Chinese numeral (三千二百, 十五, 二十三万, 两百, 一万二千) or digits read
 * one by one (二〇二四 → 2024). Undefined for what is no single number
 * (三四, 七八: “three or four”).
 */
export function parseChineseNumeral(numeral: string): ParsedNumber | undefined {
  if (numeral === '') return undefined;
  if (/^[〇零一二三四五六七八九]{2,}$/u.test(numeral)) {
    // 二〇二四: a digit string, as years are written. 三四 (“three or four”) has no 〇 and no unit: not a number.
    if (!/[〇零]/u.test(numeral) && numeral.length < 4) return undefined;
    return { value: Number([...numeral].map((character) => DIGITS[character]).join('')), halfStep: 0 };
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastPlace = 1;
  let previousWasDigit = false;
  for (const character of numeral) {
    if (character in DIGITS) {
      // Two digits in a row (三四百) is an approximate range, not a number.
      if (previousWasDigit && DIGITS[character] !== 0 && digit !== 0) return undefined;
      digit = DIGITS[character]!;
      previousWasDigit = true;
      lastPlace = 1;
    } else if (character in SMALL_UNITS) {
      const place = SMALL_UNITS[character]!;
      section += (digit ?? 1) * place;
      digit = undefined;
      previousWasDigit = false;
      lastPlace = place;
    } else if (character in LARGE_UNITS) {
      const place = LARGE_UNITS[character]!;
      section += digit ?? 0;
      if (section === 0) section = 1;
      total = (total + section) * place;
      section = 0;
      digit = undefined;
      previousWasDigit = false;
      lastPlace = place;
    } else return undefined;
  }
  // 一万二 (“12,000”): a last digit after a unit counts one place below it.
  if (digit !== undefined && lastPlace === 1 && numeral.length >= 2) {
    const before = numeral[numeral.length - 2]!;
    const place = SMALL_UNITS[before] ?? LARGE_UNITS[before];
    if (place !== undefined && place >= 100) {
      return { value: total + section + digit * (place / 10), halfStep: place / 20 };
    }
  }
  const value = total + section + (digit ?? 0);
  // Trailing zeros of a spoken numeral are exact (三千 is said of 3,000); only a 万/亿 ending is a round figure.
  const halfStep = numeral.endsWith('万') || numeral.endsWith('亿') ? lastPlace / 2 : 0;
  return { value, halfStep };
}

/** Digits with an optional decimal part and thousands separators, then 万/亿/千 (1.2万, 3,500, 12.5亿). */
export function parseArabicFigure(figure: string): ParsedNumber | undefined {
  const match = /^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?([千万亿]*)$/u.exec(figure);
  if (!match) return undefined;
  const [, whole, fraction = '', units] = match;
  let multiplier = 1;
  for (const unit of units!) multiplier *= unit === '千' ? 1000 : LARGE_UNITS[unit]!;
  const value = Number(`${whole!.replaceAll(',', '')}.${fraction || '0'}`) * multiplier;
  // A whole count (120人, 3,500件) is exact as stated; a decimal or a figure in 万/亿 is rounded to its last digit.
  const halfStep = fraction === '' && multiplier === 1 ? 0 : (0.5 * multiplier) / 10 ** fraction.length;
  return { value, halfStep };
}

/** A figure written with Arabic digits, Chinese numerals or both (1.2万, 3万5千, 三千二百). */
export function parseFigure(figure: string): ParsedNumber | undefined {
  const mixed = /^([0-9]+(?:\.[0-9]+)?)万([0-9]+)千$/u.exec(figure);
  if (mixed) return { value: Number(mixed[1]) * 1e4 + Number(mixed[2]) * 1000, halfStep: 500 };
  if (/^[0-9]/u.test(figure)) return parseArabicFigure(figure);
  return parseChineseNumeral(figure);
}

/**
 * A figure in running text: digits or Chinese numerals, with 万/亿 and 余/多 inside (3万余, 1.2万, 三千余).
 * Every run is bounded, longer than any figure a document writes, so that a
 * scan over a long run of digits or numerals stays linear (regex-safety.test.ts).
 */
export const FIGURE_SOURCE =
  '(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}(?:\\.[0-9]{1,8})?|[0-9]{1,15}(?:\\.[0-9]{1,8})?)(?:[千万亿]{1,2}(?:[0-9]{1,4}千)?)?|[百千万亿〇零]{0,4}[一二两三四五六七八九十][一二两三四五六七八九十百千万亿〇零]{0,12}';

/** Words before a figure that make it approximate or a bound: 约, 近, 超过, 逾, 不到, 上万. */
export const APPROXIMATE_BEFORE = /(?:约|近|大约|将近|接近|超过?|逾|不到|不足|不少于|至少|最多|达到近|上|数|几)$/u;
/** Words right after a figure (before its unit, or after it) that make it approximate: 余, 多, 左右, 以上. */
export const APPROXIMATE_AFTER = /^(?:余|多|来|左右|上下|以上|以下|以内|开外|有余|出头)/u;
