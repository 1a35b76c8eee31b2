/**
 * Domain words loaded into every jieba backend, so that official-document
 * vocabulary segments as one word: a slogan such as 十一五 must not read as
 * the numeral 十一 plus 五, nor 三个代表 as a count of 代表.
 *
 * Frequencies are explicit so that both builds weigh the words identically
 * (cppjieba and jieba-rs differ in the default weight of a word without one).
 */
export interface UserDictionaryEntry {
  word: string;
  frequency: number;
  tag: string;
}

const DOMAIN_FREQUENCY = 3000;

/*
 * jieba's own dictionary already has many such words (十一五, 三个代表,
 * 八荣八耻, 文明单位, 创先争优, 党风廉政, 局机关, 环评 …). Only words it lacks
 * belong here: the two builds treat a re-added word differently (cppjieba
 * takes the new tag, jieba-rs keeps the old one), and a test checks it.
 */

/** Planning periods, slogans and campaign names that contain numerals or measure words. */
const SLOGANS = [
  '十三五',
  '十五五',
  '两学一做',
  '三严三实',
  '四风',
  '四个全面',
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '两个率先',
  '三重一大',
  '三会一课',
  '三同时',
  '双随机一公开',
  '放管服',
  '最多跑一次',
  '五五普法',
  '六五普法',
  '七五普法',
  '八五普法',
  '两增强三带头',
  '一加强一提高一转变',
  '四必谈',
  '五必访',
  '五个一',
  '五不让',
  '五项承诺',
];

/** Institutional nouns of government work reports. */
const INSTITUTIONS = [
  '文明机关',
  '文明科室',
  '文明窗口',
  '党风廉政建设',
  '民主生活会',
  '组织生活会',
  '主题党日',
  '结对帮扶',
  '精准扶贫',
  '文明创建',
  '扫黑除恶',
  '河长制',
  '林长制',
  '县直',
  '行风建设',
  '政风行风',
  '效能建设',
  '作风建设',
  '饮用水源地',
];

/**
 * Words of current official documents that jieba's dictionary lacks and that
 * hold a measure character: cut apart, the character reads as a count with
 * its number gone (考核优秀等/次, 元/宇宙, 首台/套).
 */
const NEWER_WORDS = ['等次', '元宇宙', '扫描件', '首台套', '亩均', '次均', '股室', '站所'];

/**
 * Such words whose characters also begin commoner words after a count: 条线
 * (a line of departments: 相关条线, 各条线) must not take 3条线路 apart, so
 * its weight is low enough that 条 + 线路 still wins there.
 */
const RARER_NEWER_WORDS = ['条线'];
const RARER_FREQUENCY = 30;

export const USER_DICTIONARY: readonly UserDictionaryEntry[] = [
  ...SLOGANS.map((word) => ({ word, frequency: DOMAIN_FREQUENCY, tag: 'nz' })),
  ...INSTITUTIONS.map((word) => ({ word, frequency: DOMAIN_FREQUENCY, tag: 'n' })),
  ...NEWER_WORDS.map((word) => ({ word, frequency: DOMAIN_FREQUENCY, tag: 'n' })),
  ...RARER_NEWER_WORDS.map((word) => ({ word, frequency: RARER_FREQUENCY, tag: 'n' })),
];

/** The dictionary in jieba's text format: `word frequency tag` per line. */
export function userDictionaryText(entries: readonly UserDictionaryEntry[] = USER_DICTIONARY): string {
  return entries.map((entry) => `${entry.word} ${entry.frequency} ${entry.tag}`).join('\n') + '\n';
}
