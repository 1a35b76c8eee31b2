import { defineRule } from '../core/rule.js';
import { findGarbledRuns, guessOriginalText } from './lexicon/garbled-text.js';

type MessageId = 'garbled' | 'garbledWithGuess';

/** `?` marks bytes that were lost for good; a guess is attempted on the longest stretch between them. */
const LOST_BYTES = /[?？\uFFFD]+/u;

export default defineRule<MessageId>({
  meta: {
    id: 'mojibake',
    name: { zh: '乱码', en: 'Mojibake' },
    category: 'integrity',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    description: {
      zh: '乱码：文字在复制或转码时按错误的编码解读（UTF-8 当作 GBK、GBK 错位、UTF-8 当作 Latin-1），出现生僻字、注音符号、假名、“?”“�”连片。',
      en: 'Encoding garbage: text decoded with the wrong character set (UTF-8 read as GBK, GBK off by one byte, UTF-8 read as Latin-1) — runs of rare characters, bopomofo, kana, ? and �.',
    },
    messages: {
      garbled: {
        zh: '“{text}”是乱码（编码错误），请对照原稿重新录入这部分文字。',
        en: '“{text}” is encoding garbage; retype this part from the original.',
      },
      garbledWithGuess: {
        zh: '“{text}”是乱码（编码错误），其中“{part}”可能原为“{guess}”，请对照原稿核实。',
        en: '“{text}” is encoding garbage; “{part}” probably read “{guess}” — check against the original.',
      },
    },
  },
  check({ document, report }) {
    for (const run of findGarbledRuns(document.text, document.normalizedText)) {
      const text = document.text.slice(run.start, run.end);
      const part = longestIntactStretch(text);
      const guess = part.length >= 2 ? guessOriginalText(part, run.kind) : undefined;
      const base = { offset: run.start, length: run.end - run.start, data: { text, part, guess: guess ?? '' } };
      if (!guess) report({ ...base, messageId: 'garbled' });
      else if (part === text) report({ ...base, messageId: 'garbledWithGuess', replacements: [guess] });
      else report({ ...base, messageId: 'garbledWithGuess' });
    }
  },
});

function longestIntactStretch(text: string): string {
  return text.split(LOST_BYTES).reduce((longest, stretch) => (stretch.length > longest.length ? stretch : longest), '');
}
