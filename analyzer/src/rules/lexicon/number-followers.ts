import { MEASURE_WORDS, UNITS_NEEDING_NUMBER } from './quantities.js';

/**
 * Characters that make a number before them a real quantity: measure words,
 * units, dates and times, magnitudes, approximations, ordinals and ranks
 * (3年, 5人, 2成, 18大, 10强, 3比2, 2000吨). Used by stray-digit (a digit
 * before one of these is a number, not an injected digit) and date-logic
 * (2000吨 is not a year that lost its 年).
 */
export const NUMBER_FOLLOWERS: ReadonlySet<string> = new Set([
  ...'年月日号时分秒点周旬季岁载天',
  ...'个名项件份篇册次位届期批轮类种倍成折级等档段遍趟拨波回',
  ...'十百千万亿余多来左',
  ...'人户家座栋幢层间套所床',
  ...'元角米克斤吨亩升度寸尺里公平立瓦伏毫厘微',
  ...'台辆艘架部张条支只头株棵枚块本场例宗笔代首句字页章节款集版卷剂',
  ...'封盏面把顶根颗粒片匹口眼扇道袋箱桶瓶杯碗盒包捆双副串束筐列尊门挺发盘罐滴斤两',
  ...'大中小强星连对比选胎型线路楼室号班组队阶',
  // Ranges and alternatives: 2至5元, 2到3名, 3或4人.
  ...'至到或',
  ...[...MEASURE_WORDS.keys()].filter((word) => word.length === 1),
]);

/**
 * The followers that are measure words or units whatever stands around them
 * (5人, 3年, 2次, 10万). The others (成, 点, 对, 路, 家…) also begin ordinary
 * words, so a digit before them that splits a word (完5成, 针4对, 公7路,
 * 国5家) is still stray.
 */
export const UNAMBIGUOUS_NUMBER_FOLLOWERS: ReadonlySet<string> = new Set([
  ...'年月日号岁旬载',
  ...'个名项件份篇册次位届期批轮类种倍人元',
  ...'十百千万亿余多',
]);

/** Does the text at `offset` make the number before it a quantity: a measure word, a unit (工作日, 平方米), a date part? */
export function startsWithNumberFollower(text: string, offset: number): boolean {
  if (NUMBER_FOLLOWERS.has(text[offset] ?? '')) return true;
  // A compound unit counting times (5架次, 300艘次, 2剂次): whatever counts, 次 after it makes it a count.
  if (text[offset + 1] === '次' && /\p{Script=Han}/u.test(text[offset] ?? '')) return true;
  for (const unit of UNITS_NEEDING_NUMBER) if (text.startsWith(unit, offset)) return true;
  return false;
}

/**
 * Nouns counted without a measure word in official prose (9部门联合印发,
 * 7省市, 6县市区): a number before one of these exact words is a count.
 * Only the exact word counts: 县上 or 市场 after a digit is not a count.
 */
export const NOUNS_COUNTED_WITHOUT_MEASURE: ReadonlySet<string> = new Set([
  '县',
  '市',
  '区',
  '省',
  '乡',
  '镇',
  '村',
  '国',
  '校',
  '县市',
  '县区',
  '市县',
  '县市区',
  '省市',
  '省区',
  '省区市',
  '乡镇',
  '乡村',
  '部门',
  '部委',
  '单位',
  '企业',
  '社区',
  '街道',
  '家庭',
  '方面',
  '环节',
  '领域',
  '方向',
  '要素',
  '专题',
  '板块',
  '大类',
]);
