import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import { isHanAt } from '../text/characters.js';
import { nearestLineWithText, pairedMarksOf, stillOpenVerdict } from './lexicon/paired-marks.js';

/** Characters a sentence cannot end on: a line that ends on one goes on in the next (的⏎事迹). */
const CANNOT_END_SENTENCE = '的地得和与及或把被对向从在为将之';

export default defineRule<'brokenLine'>({
  meta: {
    id: 'broken-line',
    name: { zh: '断行', en: 'Broken line' },
    category: 'style',
    // Only a reader can tell a cut sentence from a heading without punctuation.
    defaultSeverity: 'info',
    fixable: false,
    scope: 'document',
    // Split from punctuation (issue 14): a config that sets punctuation sets this rule too.
    deprecatedIds: ['punctuation'],
    description: {
      zh: '被换行断开的句子、书名或引文（良⏎好工作机制、实施“⏎千村示范”工程），只作提示。',
      en: 'A sentence, title or quotation broken across two lines (良⏎好工作机制, 实施“⏎千村示范”工程); a note only.',
    },
    messages: {
      brokenLine: {
        zh: '句子在这里被换行断开，请把两行合并。',
        en: 'The sentence is broken across two lines here; join them.',
      },
    },
  },
  check({ document, report }) {
    const { paragraphs } = document;
    paragraphs.forEach((paragraph, index) => {
      const next = paragraphs[index + 1];
      for (const outcome of pairedMarksOf(document, paragraph).outcomes) {
        if (!('stillOpen' in outcome)) continue;
        // Looked up only for a mark still open: blank lines skipped once per line would cost their count squared.
        const nextWithText = nearestLineWithText(paragraphs, index, 1);
        if (!nextWithText) continue;
        // 实施“⏎十、百、千、万”工程, 关于印发《…⏎…》的通知: the pair goes on after a line break (or a blank line).
        if (stillOpenVerdict(document, paragraph, outcome.stillOpen, nextWithText) !== 'broken-line') continue;
        const start = paragraph.start + outcome.stillOpen.offset;
        report({ offset: start, length: nextWithText.start + 1 - start, messageId: 'brokenLine' });
      }
      const broken = brokenSentenceAfter(document, paragraph, next);
      if (broken) report(broken);
    });
  },
});

/**
 * A sentence cut in two by a line break: the line ends in the middle of a word
 * (良⏎好) or on a character that cannot end a sentence (的⏎事迹). Only lines
 * long enough to be running text and ending in a Han character are read.
 */
function brokenSentenceAfter(
  document: AnalysisDocument,
  paragraph: Paragraph,
  next: Paragraph | undefined,
): RuleReport<'brokenLine'> | undefined {
  const text = paragraph.normalizedText;
  if (text.length < 20 || !isHanAt(text, text.length - 1)) return undefined;
  if (!next || next.start !== paragraph.end + lineBreakLength(document, paragraph)) return undefined;
  const nextText = next.normalizedText;
  if (nextText.length === 0 || !isHanAt(nextText, 0)) return undefined;
  const tail = text.slice(-3);
  const joined = tail + nextText.slice(0, 3);
  const seam = tail.length;
  const splitsWord = document.segmenter.segment(joined).some((token) => token.start < seam && token.end > seam);
  if (!splitsWord && !CANNOT_END_SENTENCE.includes(tail.at(-1)!)) return undefined;
  return { offset: paragraph.end - 1, length: next.start - paragraph.end + 2, messageId: 'brokenLine' };
}

function lineBreakLength(document: AnalysisDocument, paragraph: Paragraph): number {
  return document.text.startsWith('\r\n', paragraph.end) ? 2 : 1;
}
