import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import type { Token } from '../core/segmenter.js';
import { isChineseNumeral, isHan } from '../text/characters.js';

type MessageId = 'repeatedText' | 'repeatedWord';

/** Longest repeated unit looked for, in UTF-16 code units; longer copies are pasted blocks, not slips. */
const LONGEST_UNIT = 16;
/** How many characters an inserted word may have in 获得了先后获得了获得了 (unit, insertion, unit, unit). */
const LONGEST_INSERTION = 4;

/**
 * Function words that never double in correct writing: 的的, 了了 and 是是 as
 * separate words are slips. Content characters double legitimately (常常,
 * 人人, 层层, 天天), and inside a word a doubled function character is fine
 * (的的确确, 不了了之, 做了了解 = 做了 + 了解), so both copies must be words of
 * their own.
 */
const NEVER_DOUBLED = new Set([...'的地得了着过是在和与及或把被对为将从向于以并而也都就很更最所之其这那']);

/**
 * jieba tags of a two-character word whose doubling is always a slip:
 * pronouns, names and words of time (我们我们, 北京北京, 目前目前). Other two-character words double
 * as verbs in speech (研究研究, 商量商量), adjectives (雪白雪白) or counts
 * (一步一步), and jieba's dictionary tags cannot tell the verb 商量 from a
 * noun, so they are left alone; from three characters on (好媳妇好媳妇),
 * nothing doubles on purpose.
 */
const NEVER_REDUPLICATED_TAGS = /^(?:r|nr|nrt|ns|nt|nz|j|t)$/u;

/**
 * Two-character verbs reduplicate only in the tentative aspect ("do a
 * little"), which takes volitional, open-ended activities: 研究研究, 商量商量,
 * 学习学习. Achievement verbs of formal prose (开展, 推进, 加强, 落实) have no
 * such form, so doubled they are a slip; so are conjunctions, prepositions and
 * adverbs other than degree adverbs said twice for emphasis (非常非常).
 */
const TENTATIVE_VERBS = new Set([
  '研究',
  '商量',
  '讨论',
  '学习',
  '考虑',
  '休息',
  '了解',
  '交流',
  '打听',
  '活动',
  '锻炼',
  '整理',
  '收拾',
  '打扫',
  '检查',
  '比较',
  '介绍',
  '思考',
  '琢磨',
  '议论',
  '总结',
  '反省',
  '体验',
  '尝试',
  '放松',
  '准备',
  '清理',
  '调查',
  '熟悉',
  '请教',
  '沟通',
  '联系',
  '表扬',
  '批评',
  '教育',
  '帮助',
  '认识',
  '分析',
  '练习',
  '观察',
  '试验',
  '商议',
  '计算',
  '打扮',
  '关心',
  '照顾',
  '提醒',
  '鼓励',
  '安慰',
  '宣传',
  '动员',
  '走访',
  '看望',
  '聊聊',
]);
const VERB_TAGS = /^v/u;
const FUNCTION_WORD_TAGS = /^(?:c|p|d)$/u;
const DEGREE_ADVERBS = new Set(['非常', '特别', '十分', '格外', '真的', '实在', '极其', '相当', '越发']);

/**
 * A two-character word said twice back to back (开展开展, 已经已经). A noun-verb
 * doubled may be a noun phrase and a compound meeting (检测 + 检测试剂,
 * 运维服务 + 服务试点), so it is only a hint.
 */
function judgeTwoCharacterWord(word: Token, previous: Token | undefined, copies: number): Judgement {
  if (NEVER_REDUPLICATED_TAGS.test(word.tag)) return 'slip';
  // Three copies and more are said on purpose (加油加油加油).
  if (copies > 2) return false;
  if (VERB_TAGS.test(word.tag)) {
    if (TENTATIVE_VERBS.has(word.text)) return judgeTentativeVerb(previous);
    return word.tag === 'vn' ? 'hint' : 'slip';
  }
  return FUNCTION_WORD_TAGS.test(word.tag) && !DEGREE_ADVERBS.has(word.text) && 'slip';
}

/**
 * 研究研究, 讨论讨论: the tentative aspect is speech (大家讨论讨论, 事情要研究研究再定),
 * which correct official text never writes (not once in the official corpus
 * and the more correct text, 1.8 M characters), so in a draft it is most
 * likely a slip: a hint. After a verbal noun it is a noun in a phrase, where
 * nothing reduplicates: 合作研究研究项目, 生态状况变化调查调查评估.
 */
function judgeTentativeVerb(previous: Token | undefined): Judgement {
  return previous?.tag === 'vn' ? 'slip' : 'hint';
}

export default defineRule<MessageId>({
  meta: {
    id: 'repeated-text',
    name: { zh: '文字重复', en: 'Repeated text' },
    category: 'integrity',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    description: {
      zh: '文字意外地紧接着重复（如“好媳妇好媳妇”“的的”“获得了先后获得了获得了”）。“常常”“一步一步”等正常的重叠不报告，口语的“研究研究”只作提示。',
      en: 'Text accidentally repeated back to back (好媳妇好媳妇, 的的, 获得了先后获得了获得了). Legitimate reduplication (常常, 一步一步) is left alone, and the spoken 研究研究 is only a hint.',
    },
    messages: {
      repeatedText: {
        zh: '“{unit}”重复了，请删去多余的部分。',
        en: '“{unit}” is repeated; delete the extra copy.',
      },
      repeatedWord: {
        zh: '“{unit}”连用了两次，请删去一个。',
        en: '“{unit}” appears twice in a row; delete one.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      for (const finding of findRepetitions(document, paragraph)) report(finding);
    }
  },
});

function* findRepetitions(document: AnalysisDocument, paragraph: Paragraph): Generator<RuleReport<MessageId>> {
  const text = paragraph.normalizedText;
  if (text.length < 2) return;
  // Segmented only when something repeats: most lines of a draft repeat nothing.
  let boundaries: WordBoundaries | undefined;
  const boundariesOf = () => (boundaries ??= new WordBoundaries(document, paragraph));
  let index = 0;
  while (index < text.length - 1) {
    const repetition = repetitionAt(document, paragraph, boundariesOf, index);
    if (!repetition?.accidental) {
      // Past a run that doubles on purpose (人人, 哈哈哈): every later start inside it is the same run again.
      index += repetition ? Math.max(1, (repetition.copies - 1) * repetition.unit.length) : 1;
      continue;
    }
    const { unit, copies } = repetition;
    let start = index;
    let replacement = document.text.slice(paragraph.start + index, paragraph.start + index + unit.length);
    const insertion = unit.length > 1 ? insertionBefore(text, index, unit) : undefined;
    if (insertion) {
      // 获得了先后获得了获得了: the writer inserted 先后 and left both old copies; keep 先后获得了.
      start = index - unit.length - insertion.length;
      replacement = document.text.slice(paragraph.start + index - insertion.length, paragraph.start + index + unit.length);
    }
    const end = index + unit.length * copies;
    yield {
      offset: paragraph.start + start,
      length: end - start,
      messageId: unit.length === 1 ? 'repeatedWord' : 'repeatedText',
      data: { unit: replacement.slice(-unit.length) },
      replacements: [replacement],
      ...(repetition.onlyHint ? { severity: 'info' as const } : {}),
    };
    index = end;
  }
}

/** Offsets (relative to the paragraph) where a jieba token starts or ends. */
class WordBoundaries {
  // One flag per offset: a line of 30 000 one-character tokens costs a flat array, not a hash map that outgrows the cache.
  private readonly flags: Uint8Array;
  constructor(document: AnalysisDocument, paragraph: Paragraph) {
    this.flags = new Uint8Array(paragraph.normalizedText.length + 1);
    for (const token of document.tokens(paragraph)) {
      this.flags[token.start - paragraph.start] = 1;
      this.flags[token.end - paragraph.start] = 1;
    }
  }
  has(offset: number): boolean {
    return this.flags[offset] === 1;
  }
}

/**
 * The shortest unit that repeats back to back at `index` as a slip, with how
 * many copies follow each other; otherwise the shortest repetition there that
 * is not a slip (人人 in 人人参与), which the caller skips.
 */
function repetitionAt(
  document: AnalysisDocument,
  paragraph: Paragraph,
  boundariesOf: () => WordBoundaries,
  index: number,
): Repetition | undefined {
  const text = paragraph.normalizedText;
  let intended: Repetition | undefined;
  const first = text.charCodeAt(index);
  for (let length = 1; length <= LONGEST_UNIT && index + 2 * length <= text.length; length++) {
    // A copy starts with the unit's first character; most candidates fail right there.
    if (text.charCodeAt(index + length) !== first || !repeatsAt(text, index, length)) continue;
    const unit = text.slice(index, index + length);
    // Short copies must be whole words: 今天天气 is 今天 + 天气, not a doubled 天. From three characters on, a
    // repetition is never a coincidence, and jieba often glues the seam into a word (物资储备|物资储备 → 储备物资).
    const aligned = [index, index + length, index + 2 * length].every((offset) => boundariesOf().has(offset));
    // Two characters doubled across word boundaries (制度或度或规定): no word, so no reduplication either.
    if (length === 1 && !aligned) continue;
    if (length === 2 && !aligned && !isPairAcrossWords(text, index, boundariesOf())) continue;
    let copies = 2;
    while (text.startsWith(unit, index + copies * length)) copies++;
    // Only words: a unit with punctuation or spaces is a list that happens to repeat (《教育报》、《中国教育报》),
    // and so is every longer unit from here.
    if (![...unit].some(isHan) || /[^\p{L}\p{N}]/u.test(unit)) return intended ?? { unit, copies, accidental: false };
    const judgement = judge(document, paragraph, index, unit, copies);
    if (judgement) return { unit, copies, accidental: true, onlyHint: judgement === 'hint' };
    intended ??= { unit, copies, accidental: false };
  }
  return intended;
}

/**
 * Whether the `length` code units at `index` come again right after them.
 * Compared in place: most positions of a line repeat nothing, and building
 * each candidate unit as a string cost more than the whole rule's judgement.
 */
function repeatsAt(text: string, index: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) {
    if (text.charCodeAt(index + offset) !== text.charCodeAt(index + length + offset)) return false;
  }
  return true;
}

interface Repetition {
  unit: string;
  copies: number;
  accidental: boolean;
  /** A slip most likely, but correct text has it too: reported as info. */
  onlyHint?: boolean;
}

/** `slip`: a repetition no correct text has; `hint`: most likely a slip; false: on purpose. */
type Judgement = 'slip' | 'hint' | false;

function judge(document: AnalysisDocument, paragraph: Paragraph, index: number, unit: string, copies: number): Judgement {
  // Counts repeat on purpose: 一步一步, 一个一个, 每天每天; 三会一课三会一课 does not. A count starts a word:
  // the 一 of 统一开一开放 ends 统一, so 一开 is a pair cut from two words, no count.
  const startsWord = document.tokenAt(paragraph.start + index)?.start === paragraph.start + index;
  if (unit.length <= 2 && startsWord && (isChineseNumeral(unit[0]) || unit.startsWith('每'))) return false;
  if (unit.length === 1) {
    if (!NEVER_DOUBLED.has(unit) || copies > 2) return false;
    const first = document.tokenAt(paragraph.start + index);
    const second = document.tokenAt(paragraph.start + index + 1);
    return first?.text === unit && second?.text === unit && 'slip';
  }
  if (unit.length === 2) {
    const word = document.tokenAt(paragraph.start + index);
    if (word === undefined) return false;
    if (word.start === paragraph.start + index && word.text === unit) {
      return judgeTwoCharacterWord(word, index > 0 ? document.tokenAt(word.start - 1) : undefined, copies);
    }
    // 哔哩哔哩: characters of sound (哩 a particle to the segmenter) make names and onomatopoeia that double.
    if (SOUND_TAGS.test(word.tag) || SOUND_TAGS.test(document.tokenAt(paragraph.start + index + 1)?.tag ?? '')) return false;
    return copies === 2 && isPairAcrossWords(paragraph.normalizedText, index, new WordBoundaries(document, paragraph)) && 'slip';
  }
  return 'slip';
}

/** Onomatopoeia, modal particles and interjections. */
const SOUND_TAGS = /^(?:o|y|e)$/u;

/** Particles that close a colloquial phrase said twice (好的好的, 来了来了): speech, not a slip. */
const PHRASE_FINAL_PARTICLES = new Set([...'的了着过地得吧啊呢吗呀']);

/**
 * 制度或度或规定, 开展活展活动: a pair of Han characters that is no word, each
 * copy cut by a word boundary. Correct text never doubles such a pair (a
 * reduplicated pair is a word: 研究研究, 哗啦哗啦).
 */
function isPairAcrossWords(text: string, index: number, boundaries: WordBoundaries): boolean {
  const [first, second] = [text[index] ?? '', text[index + 1] ?? ''];
  if (!isHan(first) || !isHan(second)) return false;
  // A phrase said twice starts with a word (好|的|好|的); a copy that starts inside one (提|高了|高了) was cut from it.
  if (PHRASE_FINAL_PARTICLES.has(second) && boundaries.has(index)) return false;
  // 监测预测预警 is three words that share characters: the copies there are not cut apart from each other.
  return boundaries.has(index + 1) && boundaries.has(index + 2) && boundaries.has(index + 3);
}

/** In 获得了先后获得了获得了, the 先后 between a first copy and the doubled pair; undefined when there is none. */
function insertionBefore(text: string, index: number, unit: string): string | undefined {
  for (let length = 1; length <= LONGEST_INSERTION; length++) {
    const insertionStart = index - length;
    const unitStart = insertionStart - unit.length;
    if (unitStart < 0) return undefined;
    const insertion = text.slice(insertionStart, index);
    if (![...insertion].every(isHan)) return undefined;
    if (text.slice(unitStart, insertionStart) === unit) return insertion;
  }
  return undefined;
}
