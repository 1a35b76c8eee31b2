/**
 * The shapes of the lines around the numbered body of a 公文: its title, the
 * salutation (主送机关), the signature and the date. They tell the outline
 * builder where one document ends and the next begins when a draft glues
 * several templates together.
 *
 * All functions take a paragraph's normalized text without its leading and
 * trailing whitespace.
 */

const HAN_GLOBAL = /\p{Script=Han}/gu;

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** Punctuation no title, signature or salutation contains. */
const SENTENCE_PUNCTUATION = /[。！？；;!?]/u;

/**
 * A closing date on a line of its own: 2024年1月5日, 二〇二四年一月五日,
 * （2011年4月18日）, and the template's empty 年月日 or 年  月  日 (spaces are
 * removed before matching).
 */
const DATE_LINE =
  /^[（(]?([0-9〇○零一二三四五六七八九十OoXx×]{0,4})年([0-9一二三四五六七八九十Xx×]{0,2})月([0-9一二三四五六七八九十Xx×]{0,3})(日?)[）)]?$/u;

export function isDateLine(line: string): boolean {
  if (line.length > 40) return false;
  const match = DATE_LINE.exec(line.replace(/[ \u3000]/gu, ''));
  return match !== null && (match[4] === '日' || match[1] !== '');
}

/**
 * Words a document title ends with: the kinds of 公文 and the reports clerks
 * write. A short unpunctuated line ending in one of them, in the middle of
 * the text, is the title of the next document.
 */
const DOCUMENT_KIND =
  /(?:总结|方案|计划|规划|报告|汇报|材料|通知|通报|意见|决定|办法|细则|要点|纪要|请示|批复|讲话|发言|致辞|倡议书|公告|通告|简报|汇编)$/u;
/** The bracketed note some titles end with: （征求意见稿）, (共7篇), （2024年）. */
const TRAILING_NOTE = /[（(][^（()）]{1,12}[）)]$/u;
/** Lists, rules and site furniture (- 相关推荐, 【…】, ——) are no titles. */
const TITLE_FIRST_CHARACTER = /^[^-#=>•·~|【[…—_\s]/u;

/** Short, unpunctuated, mostly Han: a line that can be (part of) a title. */
export function hasTitleShape(line: string): boolean {
  return (
    line.length >= 4 &&
    line.length <= 60 &&
    countHan(line) >= 4 &&
    TITLE_FIRST_CHARACTER.test(line) &&
    !SENTENCE_PUNCTUATION.test(line) &&
    !/[，,：:]/u.test(line)
  );
}

/** A title that names the kind of document: 关于…的通知, …工作总结, …实施方案（试行）. */
export function isCompleteTitle(line: string): boolean {
  return hasTitleShape(line) && DOCUMENT_KIND.test(line.replace(TRAILING_NOTE, ''));
}

/** Lines that end in a colon but introduce a list rather than address someone. */
const INTRODUCES_LIST = /(?:如下|是|为|有|下|即|包括|要求|措施|内容|标准|情况|目标|原则|任务|做法|方面|步骤)[：:]$/u;

/** 市环保局： / 尊敬的各位领导、同志们： — who the document is addressed to. */
export function hasSalutationShape(line: string): boolean {
  return (
    /[：:]$/u.test(line) &&
    line.length >= 3 &&
    line.length <= 40 &&
    countHan(line) >= 2 &&
    !SENTENCE_PUNCTUATION.test(line) &&
    !/[：:]/u.test(line.slice(0, -1)) &&
    !INTRODUCES_LIST.test(line) &&
    /^[\p{Script=Han}A-Za-z“"]/u.test(line)
  );
}

/** 尊敬的… starts a speech: a new document even in the middle of the text. */
export function isSpeechSalutation(line: string): boolean {
  return hasSalutationShape(line) && /^尊敬的/u.test(line);
}

/** The issuing organisation on the line above the date: short and unpunctuated. */
export function hasSignatureShape(line: string): boolean {
  return (
    line.length >= 2 && line.length <= 30 && countHan(line) >= 2 && !SENTENCE_PUNCTUATION.test(line) && !/[，,：:]/u.test(line)
  );
}

/** A line that ends inside a quotation or bracket: the next line continues it (…实施“⏎十、百、千、万”工程). */
export function endsOpen(line: string): boolean {
  return /[“‘《（(【「〈]$/u.test(line);
}
