import { isNumeralCharacter } from '../core/characters.js';
import { defineRule } from '../core/rule.js';
import type { Token } from '../segmentation/segmenter.js';
import {
  FIXED_VAGUE_EXPRESSIONS,
  IDIOMATIC_VAGUE_EXPRESSIONS,
  MEASURE_WORDS,
  MONEY_WORDS,
  UNITS_NEEDING_NUMBER,
} from './lexicon/quantities.js';
import { endsClause, isNounLike, neighbour, startsClause } from './lexicon/token-context.js';

type MessageId = 'vagueCount';

const VAGUE_PREFIXES = '多余数';
/** Counted nouns that take 多/余 directly: 多人次, 余人. */
const EXTRA_COUNTED = new Set(['人', '人次', '万元', '亿元', '万人', '人员', '通']);
const PLACEHOLDER_BEFORE = /[A-Za-z×＊*_＿□○]$/u;

export default defineRule<MessageId>({
  meta: {
    id: 'vague-quantity',
    category: 'gap',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'paragraph',
    description: {
      zh: '约数代替了具体数字：多/余/数 + 量词（如“举办多期”“捐款多元”“余份”）。“多次”“多项”等习惯说法仅作提示。',
      en: 'A vague count where a figure belongs: 多/余/数 + measure word (举办多期, 捐款多元, 余份). Idioms such as 多次 are info only.',
    },
    messages: {
      vagueCount: {
        zh: '“{word}”是约数，工作总结中应写明具体数字。',
        en: '“{word}” is a vague count; a report should give the actual figure.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const tokens = document.tokens(paragraph);
      tokens.forEach((token, index) => {
        const word = vagueWordAt(tokens, index);
        if (!word) return;
        const before = document.normalizedText[token.start - 1];
        if (isNumeralCharacter(before) || (before !== undefined && PLACEHOLDER_BEFORE.test(before))) return;
        if (FIXED_VAGUE_EXPRESSIONS.has(word.text)) return;
        if (word.text === '多元' && !countsMoney(tokens, index)) return;
        const onlyDescriptive = IDIOMATIC_VAGUE_EXPRESSIONS.has(word.text) || describesRatherThanCounts(tokens, index, word);
        report({
          offset: word.start,
          length: word.end - word.start,
          messageId: 'vagueCount',
          data: { word: word.text },
          ...(onlyDescriptive ? { severity: 'info' as const } : {}),
        });
      });
    }
  },
});

interface VagueWord {
  text: string;
  start: number;
  end: number;
  /** Index of the word's last token. */
  lastIndex: number;
}

/** The 多/余/数 + measure word starting at this token: one jieba token (多期) or two (多 + 期). */
function vagueWordAt(tokens: readonly Token[], index: number): VagueWord | undefined {
  const token = tokens[index]!;
  if (!VAGUE_PREFIXES.includes(token.text[0] ?? '')) return undefined;
  if (token.text.length > 1) {
    return isCounted(token.text.slice(1))
      ? { text: token.text, start: token.start, end: token.end, lastIndex: index }
      : undefined;
  }
  const next = tokens[index + 1];
  if (!next || !isCounted(next.text)) return undefined;
  return { text: token.text + next.text, start: token.start, end: next.end, lastIndex: index + 1 };
}

/** Words after which 多个/多家 + noun describes ("several") rather than reports a tally: 全县有多个乡镇, 多名群众反映. */
const DESCRIPTIVE_CONTEXT = new Set(['有', '的', '等', '在', '对', '与', '和', '及', '向', '被', '由', '让', '使']);
/** Units that are always a tally in a report, however they stand: 多人次, 多万元, 多元. */
const TALLY_UNITS = /(?:人次|户次|场次|元|册|份|篇|期|幅)$/u;

/**
 * 多 + measure in front of a noun, opening a clause or after 有/的, is ordinary
 * description (多名群众反映, 多家媒体报道): reported as info. As the object of
 * an activity or after the counted noun (举办多期, 横幅多条, 受理投诉多起) it
 * stands where the report's figure belongs. 余 without a number never reads
 * right, and tally units (人次, 元, 份) are always figures.
 */
function describesRatherThanCounts(tokens: readonly Token[], index: number, word: VagueWord): boolean {
  if (word.text.startsWith('余') || TALLY_UNITS.test(word.text)) return false;
  const previous = neighbour(tokens, index, -1);
  const next = neighbour(tokens, word.lastIndex, 1);
  if (!isNounLike(next)) return false;
  return startsClause(previous) || DESCRIPTIVE_CONTEXT.has(previous?.text ?? '');
}

function isCounted(word: string): boolean {
  return MEASURE_WORDS.has(word) || UNITS_NEEDING_NUMBER.has(word) || EXTRA_COUNTED.has(word);
}

/** 多元 counts money after 捐款/投资… or when it closes the clause (捐款多元，). */
function countsMoney(tokens: readonly Token[], index: number): boolean {
  let previous = neighbour(tokens, index, -1);
  // 退还“红包”多元: look through the closing quote at the noun.
  if (previous && /^[”’」』"']$/u.test(previous.text)) previous = neighbour(tokens, tokens.indexOf(previous), -1);
  const next = neighbour(tokens, index, 1);
  if (previous && MONEY_WORDS.has(previous.text)) return true;
  const beforePrevious = previous ? neighbour(tokens, tokens.indexOf(previous), -1) : undefined;
  return (
    endsClause(next) &&
    (previous?.tag.startsWith('n') === true || (beforePrevious !== undefined && MONEY_WORDS.has(beforePrevious.text)))
  );
}
