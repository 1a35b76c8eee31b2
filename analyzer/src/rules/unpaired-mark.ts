import { defineRule } from '../core/rule.js';
import { nearestLineWithText, openedOnPreviousLine, pairedMarksOf, stillOpenVerdict } from './lexicon/paired-marks.js';

export default defineRule<'unclosedMark' | 'unopenedMark' | 'garbledQuotes'>({
  meta: {
    id: 'unpaired-mark',
    name: { zh: '标点不配对', en: 'Unpaired mark' },
    category: 'style',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'document',
    // Split from punctuation (issue 14): a config that sets punctuation sets this rule too.
    deprecatedIds: ['punctuation'],
    description: {
      zh: "段内不配对的括号或引号（左括号没有闭合、右引号前没有左引号），以及形式错乱的引号（'三个到位“，全文只警告一次）。",
      en: "Brackets or quotes unbalanced in a paragraph (an opening bracket never closed, a closing quote never opened), and garbled quotation marks ('三个到位“, one warning per text).",
    },
    messages: {
      unclosedMark: {
        zh: '“{mark}”在本段中没有对应的“{other}”；请补上或删除。',
        en: '“{mark}” has no matching “{other}” in this paragraph; add it or delete the mark.',
      },
      unopenedMark: {
        zh: '“{mark}”前面没有对应的“{other}”；请补上或删除。',
        en: '“{mark}” has no matching “{other}” before it; add it or delete the mark.',
      },
      garbledQuotes: {
        zh: '引号“{quote}”的形式不对：左引号成了半角引号，右引号成了左引号“；本文同类引号应一并改为“…”。',
        en: 'The quotation marks of “{quote}” are garbled: the opening one is a straight quote and the closing one is an opening “; correct every such pair in the text to “…”.',
      },
    },
  },
  check({ document, report }) {
    const { paragraphs } = document;
    // Garbled quotes come from one conversion of the whole page: one warning says so, the rest are notes.
    let garbledQuotesReported = false;
    paragraphs.forEach((paragraph, index) => {
      for (const outcome of pairedMarksOf(document, paragraph).outcomes) {
        if ('unpaired' in outcome) {
          const { kind, offset, mark, other } = outcome.unpaired;
          report({ offset: paragraph.start + offset, length: 1, messageId: kind, data: { mark, other } });
        } else if ('garbledQuotes' in outcome) {
          const start = paragraph.start + outcome.garbledQuotes.offset;
          const { length } = outcome.garbledQuotes;
          report({
            offset: start,
            length,
            messageId: 'garbledQuotes',
            data: { quote: document.text.slice(start, start + length) },
            ...(garbledQuotesReported ? { severity: 'info' as const } : {}),
          });
          garbledQuotesReported = true;
        } else if ('stillOpen' in outcome) {
          // A pair that the next line closes is broken-line's finding; a cut text or a continued quotation is no finding.
          const next = nearestLineWithText(paragraphs, index, 1);
          if (stillOpenVerdict(document, paragraph, outcome.stillOpen, next) !== 'unclosed') continue;
          const { offset, mark, closing } = outcome.stillOpen;
          report({ offset: paragraph.start + offset, length: 1, messageId: 'unclosedMark', data: { mark, other: closing } });
        } else {
          if (openedOnPreviousLine(document, outcome.firstUnopened, nearestLineWithText(paragraphs, index, -1))) continue;
          const { offset, mark, opening } = outcome.firstUnopened;
          report({ offset: paragraph.start + offset, length: 1, messageId: 'unopenedMark', data: { mark, other: opening } });
        }
      }
    });
  },
});
