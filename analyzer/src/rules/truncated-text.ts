import type { AnalysisDocument } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import type { Token } from '../segmentation/segmenter.js';
import { isNounLike, neighbour, startsClause } from './lexicon/token-context.js';

type MessageId = 'missingCongress' | 'missingName' | 'missingObject' | 'missingMeasure';

/**
 * Words that follow the name of a Party congress (党的二十大以来, 党的十九大胜利召开)
 * and never follow 党的 itself: with them, 党的 lost its congress number.
 */
const AFTER_CONGRESS = new Set(['以来', '召开', '闭幕', '开幕']);
/** What closes a 以…为 frame (以党的二十大为契机, 以党的创新理论为指导). */
const FRAME_ENDS = new Set([
  '契机',
  '指导',
  '核心',
  '主线',
  '重点',
  '抓手',
  '统领',
  '指针',
  '引领',
  '动力',
  '主题',
  '载体',
  '目标',
  '起点',
  '开端',
  '标志',
]);
/** Prepositions that put a person's name before 同志 (以习近平同志为核心, 向雷锋同志学习, 由李明同志主持). */
const BEFORE_NAME = new Set(['以', '向', '由', '经', '被']);
/** What a clause says a named leader did: 同志 opening a clause before them lost its name (，同志指出). */
const LEADER_SAYS = new Set(['指出', '强调', '提出', '要求', '说', '讲', '曾经', '曾']);
/** Marks that end a clause, where a 以…为 frame must have closed. */
const CLAUSE_END = /^[，。；！？：,;!?:]$/u;
/** After 同志 these make a common noun of it (同志们, 同志式, 同志般, 同志间, 同志之间). */
const COMMON_NOUN_SUFFIX = /^(?:们|式|般|间|之|关系|情)/u;
/** Verbs whose object cannot be left out: 做好及环境投诉热线 lost what was to be done well before 及. */
const VERBS_NEEDING_OBJECT = new Set(['做好', '抓好', '搞好', '办好', '管好', '加强', '加大', '开展', '推进', '落实']);
/**
 * Those of them that also serve as nouns after what they act on, in headings and
 * report phrases (重点项目推进及资金使用情况, 政策落实及效果评估); 做好 and the other 好 verbs do not.
 */
const VERBS_USED_AS_NOUNS = new Set(['加强', '加大', '开展', '推进', '落实']);

/**
 * Nouns that a number counts only through a measure word, with that word:
 * 50项目 lost its 个, 3企业 its 家. Nouns counted directly (3人, 5县) are not here.
 */
const MEASURE_FOR_NOUN = new Map([
  ['项目', '个'],
  ['企业', '家'],
  ['学校', '所'],
  ['医院', '家'],
  ['社区', '个'],
  ['家庭', '户'],
  ['农户', '户'],
  ['党员', '名'],
  ['干部', '名'],
  ['学生', '名'],
  ['教师', '名'],
  ['工程', '项'],
  ['案件', '起'],
  ['窗口', '个'],
]);
/** A number written in digits: a year (2019项目) or a code (附件1, 第3, G20, 1-3) is not a count. */
const DIGITS = /^[0-9]{1,4}$/u;
const YEAR = /^(?:19|20)[0-9]{2}$/u;
/** Words that make the number after them a label, not a count (附件1项目清单, 表2企业名单). */
const LABEL_WORD = '(?:第|附件|附表|附录|专栏|表|图|号|编号|序号|标段|期)';
const LABEL_WORDS = new RegExp(`${LABEL_WORD}$`, 'u');
/** The same, for the later numbers of a list of labels: 附件1、2项目清单, 表3至5企业名单. */
const LIST_SEPARATOR = '[、，,和及至到~\\-—–]';
const LABEL_LIST = new RegExp(`${LABEL_WORD}[0-9]{1,4}(?:${LIST_SEPARATOR}[0-9]{1,4})*${LIST_SEPARATOR}$`, 'u');
/** Enough text before the digits for a label word, or for a short list of labels and the label word. */
const LABEL_CONTEXT = 24;
/** Numbers that name a group rather than count one (985、211学校 are university programmes). */
const NUMBER_NAMES = new Set(['985', '211']);
/** Digits that continue a longer code or number: 1-50项目, A50项目, 3.50项目. */
const PART_OF_CODE = /[0-9A-Za-z.．\-—–~～/:：#]$/u;

export default defineRule<MessageId>({
  meta: {
    id: 'truncated-text',
    category: 'gap',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    description: {
      zh: '句子里缺了字：会议届次（以党的为契机、党的以来）、同志前的姓名（以同志为核心）、动词的宾语（做好及……）、数字后的量词（50项目）被删去了。',
      en: 'Words are missing from a sentence: a congress number (以党的为契机, 党的以来), the name before 同志 (以同志为核心), a verb’s object (做好及…) or the measure word after a number (50项目).',
    },
    messages: {
      missingCongress: {
        zh: '“{text}”中“党的”后面缺少会议届次（如“党的二十大”），请补全。',
        en: 'In “{text}” the congress number after 党的 is missing (e.g. 党的二十大); fill it in.',
      },
      missingName: {
        zh: '“{text}”中“同志”前面缺少姓名，请补全。',
        en: 'In “{text}” the name before 同志 is missing; fill it in.',
      },
      missingObject: {
        zh: '“{text}”中“{verb}”后面缺少宾语，“及”前的内容被删去了，请补全。',
        en: 'In “{text}” the object of {verb} is missing before 及; fill it in.',
      },
      missingMeasure: {
        zh: '“{text}”中数字和“{noun}”之间缺少量词，如“{suggestion}”，请补全。',
        en: 'In “{text}” the measure word between the number and {noun} is missing (e.g. {suggestion}); fill it in.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const tokens = document.tokens(paragraph);
      for (let index = 0; index < tokens.length; index++) {
        const gap = findGap(document, tokens, index);
        if (!gap) continue;
        const { start, end, messageId, data, replacements } = gap;
        report({
          offset: start,
          length: end - start,
          messageId,
          data: { text: document.text.slice(start, end), ...data },
          replacements,
        });
      }
    }
  },
});

interface Gap {
  start: number;
  end: number;
  messageId: MessageId;
  data?: Record<string, string>;
  replacements?: string[];
}

/** The gap that the token at `index` opens, if any. */
function findGap(document: AnalysisDocument, tokens: Token[], index: number): Gap | undefined {
  switch (tokens[index]!.text) {
    case '党':
      return missingCongress(tokens, index);
    case '同志':
      return missingName(tokens, index);
    case '及':
      return missingObject(document, tokens, index);
    default:
      return DIGITS.test(tokens[index]!.text) ? missingMeasure(document, tokens, index) : undefined;
  }
}

/** 以党的为契机, 党的以来, 党的胜利召开: 党的 directly before a word that follows a congress's name. */
function missingCongress(tokens: Token[], index: number): Gap | undefined {
  const previous = neighbour(tokens, index, -1);
  const particle = tokens[index + 1];
  const after = tokens[index + 2];
  if (particle?.text !== '的' || !after) return undefined;
  // 以…为契机 frames a noun (以党的二十大为契机); with nothing between 的 and 为 the noun is gone
  // (以党的为人民服务宗旨为指导 is whole: 为 starts the noun there).
  const framed = after.text === '为' && previous?.text === '以' && FRAME_ENDS.has(tokens[index + 3]?.text ?? '');
  if (framed || AFTER_CONGRESS.has(after.text)) {
    return { start: tokens[index]!.start, end: after.end, messageId: 'missingCongress' };
  }
  // 党的胜利 is the Party's victory; 党的胜利召开 is a congress without its number.
  const meeting = tokens[index + 3];
  if (after.text === '胜利' && meeting && AFTER_CONGRESS.has(meeting.text)) {
    return { start: tokens[index]!.start, end: meeting.end, messageId: 'missingCongress' };
  }
  return undefined;
}

/** 以同志为核心, 向同志学习, ，同志指出: 同志 with no name before it where a name must stand. */
function missingName(tokens: Token[], index: number): Gap | undefined {
  const token = tokens[index]!;
  const previous = neighbour(tokens, index, -1);
  const next = neighbour(tokens, index, 1);
  if (!next || COMMON_NOUN_SUFFIX.test(next.text)) return undefined;
  // 以同志相称 and 以同志的身份 say “as a comrade”: only a 以…为 frame wants a name (以同志为核心).
  const framed = previous?.text !== '以' || closesWithWei(tokens, index);
  if (previous && BEFORE_NAME.has(previous.text) && previous.end === token.start && framed) {
    return { start: previous.start, end: token.end, messageId: 'missingName' };
  }
  if (startsClause(previous) && LEADER_SAYS.has(next.text)) {
    return { start: token.start, end: next.end, messageId: 'missingName' };
  }
  return undefined;
}

/** A 为 after `index` before the clause ends: the 以…为 frame. */
function closesWithWei(tokens: Token[], index: number): boolean {
  for (let cursor = index + 1; cursor < tokens.length; cursor++) {
    const text = tokens[cursor]!.text;
    if (text === '为') return true;
    if (CLAUSE_END.test(text)) return false;
  }
  return false;
}

/** 做好及环境投诉热线: a verb that needs an object, then 及 and a noun, so the first object is gone. */
function missingObject(document: AnalysisDocument, tokens: Token[], index: number): Gap | undefined {
  const token = tokens[index]!;
  const verb = tokens[index - 1];
  const next = neighbour(tokens, index, 1);
  if (!verb || !next || verb.end !== token.start || !VERBS_NEEDING_OBJECT.has(verb.text)) return undefined;
  // A noun after 及 (not a verbal noun: 加强及管理 joins two actions, and 落实 is tagged an adjective).
  if (!isNounLike(next) || next.tag === 'vn') return undefined;
  // 制度的落实及… uses the verb as a noun: 的 or 之 before it.
  const beforeVerb = neighbour(tokens, index - 1, -1);
  if (beforeVerb?.text === '的' || beforeVerb?.text === '之') return undefined;
  // 重点项目推进及资金使用情况: right after a noun, the verb names how that thing went.
  if (VERBS_USED_AS_NOUNS.has(verb.text) && beforeVerb?.end === verb.start && isNounLike(beforeVerb)) return undefined;
  return {
    start: verb.start,
    end: token.end,
    messageId: 'missingObject',
    data: { verb: document.text.slice(verb.start, verb.end) },
  };
}

/** 区政府50项目: digits right before a noun that needs a measure word, where they count rather than label. */
function missingMeasure(document: AnalysisDocument, tokens: Token[], index: number): Gap | undefined {
  const token = tokens[index]!;
  const noun = tokens[index + 1];
  const measure = noun ? MEASURE_FOR_NOUN.get(noun.text) : undefined;
  if (!noun || !measure || YEAR.test(token.text) || NUMBER_NAMES.has(token.text)) return undefined;
  // At the start of a line the digits number a heading or list item (1项目概况).
  const previous = neighbour(tokens, index, -1);
  if (!previous) return undefined;
  // After an organisation's name the number is part of a name (解放军301医院).
  if (previous.tag === 'nt') return undefined;
  const before = document.normalizedText.slice(Math.max(0, token.start - LABEL_CONTEXT), token.start);
  if (LABEL_WORDS.test(before) || LABEL_LIST.test(before) || PART_OF_CODE.test(before)) return undefined;
  const number = document.text.slice(token.start, token.end);
  const nounText = document.text.slice(noun.start, noun.end);
  const suggestion = `${number}${measure}${nounText}`;
  return {
    start: token.start,
    end: noun.end,
    messageId: 'missingMeasure',
    data: { noun: nounText, suggestion },
    replacements: [suggestion],
  };
}
