import type { AnalysisDocument } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import type { Token } from '../core/segmenter.js';
import { ADMINISTRATIVE_UNITS } from './lexicon/place-name-blanks.js';
import { isNounLike, neighbour, startsClause } from './lexicon/token-context.js';

type MessageId =
  | 'missingCongress'
  | 'missingName'
  | 'missingObject'
  | 'missingMeasure'
  | 'missingPlace'
  | 'missingGivenName'
  | 'missingNoun'
  | 'cutWord';

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
/**
 * Bare administrative units: at a title's start, before a year, the place's
 * name was cut from them (镇2024年工作要点 was XX镇2024年工作要点); a real title
 * names its place (全镇, 本区 and 城关镇 are single words or carry it).
 */
const TITLE_PLACE_UNITS: ReadonlySet<string> = new Set([...ADMINISTRATIVE_UNITS, '市区', '县区', '区县', '市县']);
/** Where a title starts: the start of a line, or the opening mark of a quoted title (《…》, “…”). */
const TITLE_OPENERS = new Set(['《', '“', '「', '"']);

/**
 * Words that follow the General Secretary's full name in the fixed formulas
 * (习近平新时代中国特色社会主义思想, 习近平系列重要讲话): after the bare surname 习,
 * the given name was cut.
 */
const AFTER_LEADER_NAME = new Set(['新', '系列', '重要讲话']);
/** 新时代 is segmented 新 + 时代; only that 新 opens the formula. */
const NEW_ERA = '时代';

/**
 * A one-character adjective modifies the noun after it (新农村, 大项目); before
 * 具有 with a 具有…意义 predicate that noun is gone (建设和谐新具有重要意义). Before
 * other verbs 新 means "newly" (新建, 新当选), so only this frame is read.
 */
const PREDICATE_OF_SIGNIFICANCE = new Set(['具有', '有着']);
const SIGNIFICANCE = /^(?:意义|作用|价值|地位|影响)$/u;

/**
 * A full stop between two Han characters, in a line whose sentences end in 。:
 * a word was cut and a dot left in its place (中国特色.主义, 党的.精神).
 */
const STRAY_DOT = /(?<=\p{Script=Han})[.．](?=\p{Script=Han})/gu;
const HAN_NUMERAL = /^[〇一二三四五六七八九十]$/u;
const HEADING_NUMBER = /^\s*[（(]?第?[〇一二三四五六七八九十百]+$/u;
/** A reference list writes author.title ([3] 王明.城市规划原理[M]): the dot is the format's. */
const CITATION = /^\s*\[[0-9]{1,3}\]|\[(?:M|J|C|D|N|R|S|EB\/OL|Z)\]/u;

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
/** Opening quotation marks: a number right after one starts a name, not a count. */
const QUOTE_OPENERS = new Set(['“', '‘', '「', '『', '"', "'"]);
/** Numbers that name a group rather than count one (985、211学校 are university programmes). */
const NUMBER_NAMES = new Set(['985', '211']);
/** Digits that continue a longer code or number: 1-50项目, A50项目, 3.50项目. */
const PART_OF_CODE = /[0-9A-Za-z.．\-—–~～/:：#]$/u;

export default defineRule<MessageId>({
  meta: {
    id: 'truncated-text',
    name: { zh: '缺字', en: 'Missing words' },
    category: 'gap',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    description: {
      zh: '句子里缺了字：会议届次（以党的为契机、党的以来）、同志前的姓名（以同志为核心）、姓后的名字（以习新时代……）、动词的宾语（做好及……）、数字后的量词（50项目）、标题前的地名（镇2024年……）、形容词修饰的名词（和谐新具有……意义）被删去了，或删去的词留下一个“.”（特色.主义）。',
      en: 'Words are missing from a sentence: a congress number (以党的为契机, 党的以来), the name before 同志 (以同志为核心), the given name after a surname (以习新时代…), a verb’s object (做好及…), the measure word after a number (50项目), the place before a title (镇2024年…), the noun an adjective modified (和谐新具有…意义), or a cut word left a dot (特色.主义).',
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
      missingPlace: {
        zh: '“{text}”前面缺少地名（如“XX{unit}”），请补全。',
        en: 'The place name before “{text}” is missing (XX{unit}); fill it in.',
      },
      missingGivenName: {
        zh: '“{text}”中只剩下姓，名字被删去了（如“习近平”），请补全。',
        en: 'In “{text}” only the surname is left (e.g. 习近平); fill in the name.',
      },
      missingNoun: {
        zh: '“{text}”中“{adjective}”后面缺少它修饰的名词，请补全。',
        en: 'In “{text}” the noun that {adjective} modifies is missing; fill it in.',
      },
      cutWord: {
        zh: '“{text}”中的“.”处有词语被删去了，请补全。',
        en: 'In “{text}” a word was cut where the dot stands; fill it in.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      for (const gap of strayDots(paragraph.normalizedText)) {
        const start = paragraph.start + gap.start;
        const end = paragraph.start + gap.end;
        report({ offset: start, length: end - start, messageId: 'cutWord', data: { text: document.text.slice(start, end) } });
      }
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
    case '习':
      return missingGivenName(tokens, index);
    default: {
      const token = tokens[index]!;
      if (DIGITS.test(token.text)) return missingMeasure(document, tokens, index);
      if (TITLE_PLACE_UNITS.has(token.text)) return missingPlace(tokens, index);
      if (token.tag === 'a' && token.text.length === 1) return missingNoun(tokens, index);
      return undefined;
    }
  }
}

/** 特色.主义, 党的.精神: a dot between Han characters where the line ends its sentences in 。. */
function strayDots(line: string): Array<{ start: number; end: number }> {
  if (!line.includes('。') || CITATION.test(line)) return [];
  const found: Array<{ start: number; end: number }> = [];
  for (const match of line.matchAll(STRAY_DOT)) {
    // 六.五 is a date written in numerals (六月五日); 一.总体要求 numbers a heading.
    if (HAN_NUMERAL.test(line[match.index - 1]!) && HAN_NUMERAL.test(line[match.index + 1]!)) continue;
    if (HEADING_NUMBER.test(line.slice(0, match.index))) continue;
    found.push({ start: match.index - 1, end: match.index + 2 });
  }
  return found;
}

/** 镇2024年度工作要点 at a title's start: a bare unit before a year lost its place's name. */
function missingPlace(tokens: Token[], index: number): Gap | undefined {
  const token = tokens[index]!;
  const previous = neighbour(tokens, index, -1);
  const year = tokens[index + 1];
  if (previous && !TITLE_OPENERS.has(previous.text)) return undefined;
  if (!year || year.start !== token.end || !YEAR.test(year.text)) return undefined;
  return { start: token.start, end: year.end, messageId: 'missingPlace', data: { unit: token.text } };
}

/** 以习新时代…思想, 习系列重要讲话: the surname alone before what follows the full name. */
function missingGivenName(tokens: Token[], index: number): Gap | undefined {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!next || next.start !== token.end || !AFTER_LEADER_NAME.has(next.text)) return undefined;
  if (next.text === '新' && tokens[index + 2]?.text !== NEW_ERA) return undefined;
  return { start: token.start, end: next.end, messageId: 'missingGivenName' };
}

/** 建设和谐新具有重要意义: a one-character adjective right before the predicate of significance. */
function missingNoun(tokens: Token[], index: number): Gap | undefined {
  const adjective = tokens[index]!;
  const verb = tokens[index + 1];
  if (!verb || verb.start !== adjective.end || !PREDICATE_OF_SIGNIFICANCE.has(verb.text)) return undefined;
  if (!closesWith(tokens, index + 2, SIGNIFICANCE)) return undefined;
  return { start: adjective.start, end: verb.end, messageId: 'missingNoun', data: { adjective: adjective.text } };
}

/** A token matching `pattern` from `index` on, before the clause ends. */
function closesWith(tokens: Token[], index: number, pattern: RegExp): boolean {
  for (let cursor = index; cursor < tokens.length; cursor++) {
    const text = tokens[cursor]!.text;
    if (pattern.test(text)) return true;
    if (CLAUSE_END.test(text)) return false;
  }
  return false;
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

/** What a street's name ends in, before a house number. */
const STREET_ENDING = /(?:路|街|大道|巷|弄|胡同)$/u;

/** 区政府50项目: digits right before a noun that needs a measure word, where they count rather than label. */
function missingMeasure(document: AnalysisDocument, tokens: Token[], index: number): Gap | undefined {
  const token = tokens[index]!;
  const noun = tokens[index + 1];
  const measure = noun ? MEASURE_FOR_NOUN.get(noun.text) : undefined;
  if (!noun || !measure || YEAR.test(token.text) || NUMBER_NAMES.has(token.text)) return undefined;
  // At the start of a line the digits number a heading or list item (1项目概况).
  const previous = neighbour(tokens, index, -1);
  if (!previous) return undefined;
  // Right after an opening quote the number starts a name (“117项目” is the project called 117).
  if (QUOTE_OPENERS.has(previous.text)) return undefined;
  // After an organisation's name the number is part of a name (解放军301医院).
  if (previous.tag === 'nt') return undefined;
  // After a street the number is its house number (安远路899项目: the project at No. 899).
  if (previous.end === token.start && STREET_ENDING.test(previous.text)) return undefined;
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
