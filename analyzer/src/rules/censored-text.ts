import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import { isHan, isWhitespace } from '../text/characters.js';
import { isAsteriskBeforeUnit } from './lexicon/place-name-blanks.js';

type MessageId = 'censoredCharacters';

/** One asterisk on its own; two or more are a placeholder (***办公厅), placeholder-name's finding. */
const SINGLE_ASTERISK = /(?<![*＊])[*＊](?![*＊])/gu;
/** Punctuation inside a pair of asterisks means they are not one emphasised phrase (*重点*). */
const CLAUSE_PUNCTUATION = /[，。；：、！？,.;:!?]/u;
const LONGEST_EMPHASIS = 20;
const LONGEST_WORD = 4;
/** Verbs of marking: after one the asterisk is the mark itself, named in the text (标注*的项目为选测项目, 带*为必填项). */
const MARKING_VERBS = new Set(['标', '标注', '标有', '标明', '标记', '带', '带有', '注有', '印有']);

export default defineRule<MessageId>({
  meta: {
    id: 'censored-text',
    name: { zh: '屏蔽字', en: 'Censored word' },
    category: 'gap',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'paragraph',
    description: {
      zh: '被屏蔽的文字：网站把敏感词换成了“*”（*举报、环境*查处、的*得到），原文的词已经丢失。',
      en: 'Censored text: a website replaced a word by “*” (*举报, 环境*查处, 的*得到); the word is lost.',
    },
    messages: {
      censoredCharacters: {
        zh: '“{text}”中的“*”代替了被网站屏蔽的字，请补全原文。',
        en: 'The “*” in “{text}” stands for characters a website censored; restore the original words.',
      },
    },
  },
  check({ document, report }) {
    for (const paragraph of document.paragraphs) {
      const asterisks = [...paragraph.normalizedText.matchAll(SINGLE_ASTERISK)].map((match) => paragraph.start + match.index);
      const emphasis = emphasisMarkers(document.normalizedText, asterisks);
      for (const offset of asterisks) {
        if (emphasis.has(offset) || !standsForCharacters(document.normalizedText, paragraph, offset)) continue;
        // *镇 is a blank place name (placeholder-name's); 标注*的 names the mark.
        if (isAsteriskBeforeUnit(document, offset) || isNamedMark(document, offset)) continue;
        const { start, end } = censoredWordSpan(document, paragraph, offset);
        report({
          offset: start,
          length: end - start,
          messageId: 'censoredCharacters',
          data: { text: document.text.slice(start, end) },
        });
      }
    }
  },
});

/**
 * An asterisk censors characters when Chinese text continues right after it
 * (*举报, 环境*查处). One at the start of a paragraph is a bullet or a
 * footnote mark (* 注：…), one after a word before punctuation is a footnote
 * reference (文明单位*。), one between digits or letters is arithmetic or code.
 */
function standsForCharacters(text: string, paragraph: Paragraph, offset: number): boolean {
  if (text.slice(paragraph.start, offset).trim() === '') return false;
  return isHan(text[offset + 1] ?? '');
}

/** The asterisk is spoken of as a sign: after a verb of marking (标注*的项目), or as *号. */
function isNamedMark(document: AnalysisDocument, offset: number): boolean {
  if (document.normalizedText[offset + 1] === '号') return true;
  const before = document.tokenAt(offset - 1);
  return before !== undefined && before.end === offset && MARKING_VERBS.has(before.text);
}

/** Pairs of single asterisks around a short phrase without punctuation are Markdown emphasis (*重点*), not censorship. */
function emphasisMarkers(text: string, asterisks: number[]): Set<number> {
  const markers = new Set<number>();
  for (let index = 0; index + 1 < asterisks.length; index++) {
    const open = asterisks[index]!;
    const close = asterisks[index + 1]!;
    const inner = text.slice(open + 1, close);
    if (inner.length === 0 || inner.length > LONGEST_EMPHASIS || CLAUSE_PUNCTUATION.test(inner)) continue;
    if (isWhitespace(inner[0]) || isWhitespace(inner.at(-1))) continue;
    markers.add(open);
    markers.add(close);
    index++;
  }
  return markers;
}

/** The asterisk with the words it sits in: the Han word before it (unless punctuation intervenes) and the one after. */
function censoredWordSpan(document: AnalysisDocument, paragraph: Paragraph, offset: number): { start: number; end: number } {
  const tokens = document.tokens(paragraph);
  const before = tokens.find((token) => token.end === offset);
  const after = tokens.find((token) => token.start === offset + 1);
  const isWord = (text: string | undefined) => text !== undefined && text.length <= LONGEST_WORD && [...text].every(isHan);
  return {
    start: isWord(before?.text) ? before!.start : offset,
    end: isWord(after?.text) ? after!.end : offset + 1,
  };
}
