import { defineRule, type RuleReport } from '../core/rule.js';
import { isAsciiDigit } from '../text/characters.js';
import type { LineText } from '../text/line-memory.js';
import { isChineseCharacter, SPACES } from './lexicon/chinese-punctuation.js';

/** Half-width marks that Chinese text writes full-width, and their full-width forms. The . of numbers and the - of ranges are not converted. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const HALF_WIDTH_MARK = /[,;:?!()]/gu;

export default defineRule<'halfWidthPunctuation'>({
  meta: {
    id: 'half-width-mark',
    name: { zh: '半角标点', en: 'Half-width punctuation' },
    category: 'style',
    // A draft typed with half-width marks throughout reads fine; one note per paragraph, and --fix converts them.
    defaultSeverity: 'info',
    fixable: 'safe',
    scope: 'paragraph',
    // Split from punctuation (issue 14): a config that sets punctuation sets this rule too.
    deprecatedIds: ['punctuation'],
    description: {
      zh: '中文里的半角标点（, ; : ? ! ( )），每段一条提示；--fix 把整段改为全角，数字中的 1,000 和 10:30 不改。',
      en: 'Half-width punctuation in Chinese text (, ; : ? ! ( )), one note per paragraph; --fix makes the paragraph’s marks full-width, leaving 1,000 and 10:30 alone.',
    },
    messages: {
      halfWidthPunctuation: {
        zh: '本段中文里有 {count} 处半角标点（如“{mark}”），应使用全角标点。',
        en: 'This paragraph of Chinese text has {count} half-width punctuation marks (such as “{mark}”); use full-width marks.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const found = halfWidthPunctuation(paragraph);
      if (!found) continue;
      report({
        ...found,
        offset: paragraph.start + found.offset,
        fix: { ...found.fix!, offset: paragraph.start + found.fix!.offset },
      });
    }
  },
});

/**
 * One finding per paragraph that writes Chinese with half-width , ; : ? !
 * ( ): at the first such mark, with a safe fix converting every one of them.
 * Marks between digits (1,000, 10:30) or inside Latin text are left alone.
 * Offsets relative to the line.
 */
function halfWidthPunctuation(line: LineText): RuleReport<'halfWidthPunctuation'> | undefined {
  const text = line.normalizedText;
  const edits: Array<{ index: number; length: number; replacement: string }> = [];
  const brackets = pairedHalfWidthBrackets(text);
  for (const match of text.matchAll(HALF_WIDTH_MARK)) {
    const index = match.index;
    const mark = match[0];
    if (!inChineseContext(text, index, brackets)) continue;
    // A space typed after a half-width mark is not needed after a full-width one.
    let length = 1;
    while (mark !== '(' && SPACES.test(text[index + length] ?? '')) length++;
    if (index + length === text.length) length = 1; // trailing spaces are not this rule's business
    edits.push({ index, length, replacement: FULL_WIDTH[mark]! });
  }
  if (edits.length === 0) return undefined;
  const first = edits[0]!;
  const last = edits.at(-1)!;
  const fixStart = first.index;
  const fixEnd = last.index + last.length;
  let fixed = '';
  let cursor = first.index;
  for (const edit of edits) {
    fixed += line.text.slice(cursor, edit.index) + edit.replacement;
    cursor = edit.index + edit.length;
  }
  return {
    offset: fixStart,
    length: 1,
    messageId: 'halfWidthPunctuation',
    data: { count: edits.length, mark: text[first.index]! },
    // One fix for the paragraph; --fix applies only the marks it changes, never the text between them.
    fix: { offset: fixStart, length: fixEnd - fixStart, text: fixed },
  };
}

/** The nearest character before/after `index` that is not a space. */
function nearestNonSpace(text: string, index: number, direction: -1 | 1): number {
  let cursor = index + direction;
  while (cursor >= 0 && cursor < text.length && SPACES.test(text[cursor]!)) cursor += direction;
  return cursor;
}

function inChineseContext(text: string, index: number, brackets: ReadonlyMap<number, number>): boolean {
  const mark = text[index]!;
  const before = nearestNonSpace(text, index, -1);
  const after = nearestNonSpace(text, index, 1);
  if (mark === '?' || mark === '!') {
    // ?? is what text decoded with the wrong encoding looks like (mojibake's finding); leave it as it is.
    if (text[index - 1] === '?' || text[index + 1] === '?') return false;
  }
  if (mark === '(' || mark === ')') {
    // A pair is converted as a whole, so (pm) never becomes (pm）.
    const partner = brackets.get(index);
    if (partner === undefined) return mark === '(' ? isChineseCharacter(text, before) : isChineseCharacter(text, after);
    const [open, close] = mark === '(' ? [index, partner] : [partner, index];
    return (
      /\p{Script=Han}/u.test(text.slice(open + 1, close)) ||
      isChineseCharacter(text, nearestNonSpace(text, open, -1)) ||
      isChineseCharacter(text, nearestNonSpace(text, close, 1))
    );
  }
  if (isAsciiDigit(text[before]) && isAsciiDigit(text[after])) return false; // 1,000 and 10:30
  if (isChineseCharacter(text, before) || isChineseCharacter(text, after)) return true;
  // The mark that ends a line of Chinese text after a figure: 满意率达70%;
  return after >= text.length && !/[A-Za-z]/u.test(text[before] ?? 'a') && /\p{Script=Han}/u.test(text);
}

/** Half-width ( and ) that pair up in the text, both ways. */
function pairedHalfWidthBrackets(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') open.push(index);
    else if (text[index] === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, index);
      pairs.set(index, start);
    }
  }
  return pairs;
}
