import { isHan } from '../core/characters.js';
import type { AnalysisDocument } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import { isTraditionalCharacter, toTraditional } from '../core/traditional-script.js';
import { TRADITIONAL_LEFTOVERS } from './data/traditional-leftovers.js';
import { findGarbledRuns, isGb2312Character } from './lexicon/garbled-text.js';
import { isSimplifiedOnlyCharacter, isTraditionalScript, scriptEvidence } from './lexicon/script.js';

type MessageId = 'traditionalDocument' | 'traditionalInSimplified' | 'simplifiedInTraditional' | 'ambiguousInTraditional';

/**
 * Traditional characters that GB 2312 keeps for names and classical text
 * (後 and 於 as surnames, 夥, 菸): in running Simplified prose they are
 * still Traditional leftovers.
 */
const TRADITIONAL_DESPITE_GB2312 = new Set(['後', '於', '夥', '菸', '麽']);

const SENTENCE = /[^。！？!?\n\r]+[。！？!?]?/gu;

export default defineRule<MessageId>({
  meta: {
    id: 'script-mix',
    category: 'integrity',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    scope: 'document',
    description: {
      zh: '繁简混用：简体文稿中夹着繁体字（國家、環境），或繁体文稿中留有简体字；繁体文稿本身只作提示，其余规则照常检查。',
      en: 'Mixed scripts: Traditional characters inside a Simplified draft (國家, 環境) or Simplified ones left in a Traditional draft; a draft in Traditional script is only noted, and every rule still checks it.',
    },
    messages: {
      traditionalDocument: {
        zh: '本文使用繁体字；如需提交简体稿，请整体转换。其余检查照常进行。',
        en: 'This draft is written in Traditional characters; convert it as a whole if a Simplified draft is required. All other checks still apply.',
      },
      traditionalInSimplified: {
        zh: '简体文稿中夹有繁体字“{text}”，应为“{simplified}”。',
        en: 'Traditional “{text}” inside a Simplified draft; write “{simplified}”.',
      },
      simplifiedInTraditional: {
        zh: '繁体文稿中夹有简体字“{text}”，应为“{traditional}”。',
        en: 'Simplified “{text}” inside a Traditional draft; write “{traditional}”.',
      },
      ambiguousInTraditional: {
        zh: '繁体文稿中的“{text}”在此处应写作“{traditional}”（简转繁时漏转）。',
        en: '“{text}” in this Traditional draft should read “{traditional}” here (missed by a Simplified → Traditional conversion).',
      },
    },
  },
  check({ document, report }) {
    const garbled = findGarbledRuns(document.text, document.normalizedText);
    const isGarbled = (offset: number) => garbled.some((run) => offset >= run.start && offset < run.end);
    const evidence = scriptEvidence(withoutRanges(document.text, garbled));
    if (isTraditionalScript(evidence)) {
      reportTraditionalDocument(document, report);
      for (const { start, end } of runsOf(
        document.text,
        (character, offset) => !isGarbled(offset) && isSimplifiedOnlyCharacter(character),
      )) {
        const text = document.text.slice(start, end);
        const traditional = toTraditional(text);
        report({
          offset: start,
          length: end - start,
          messageId: 'simplifiedInTraditional',
          data: { text, traditional },
          replacements: [traditional],
        });
      }
      for (const { pattern, traditional } of TRADITIONAL_LEFTOVERS) {
        for (const match of document.text.matchAll(pattern)) {
          if (isGarbled(match.index)) continue;
          report({
            offset: match.index,
            length: match[0].length,
            messageId: 'ambiguousInTraditional',
            data: { text: match[0], traditional },
            replacements: [traditional],
            severity: 'info',
          });
        }
      }
      return;
    }
    const isForeign = (character: string, offset: number) =>
      !isGarbled(offset) &&
      isTraditionalCharacter(character) &&
      (!isGb2312Character(character) || TRADITIONAL_DESPITE_GB2312.has(character));
    for (const { start, end } of runsOf(document.text, isForeign)) {
      const text = document.text.slice(start, end);
      const simplified = document.normalizedText.slice(start, end);
      report({
        offset: start,
        length: end - start,
        messageId: 'traditionalInSimplified',
        data: { text, simplified },
        replacements: [simplified],
      });
    }
  },
});

/** The note on a Traditional draft sits on its first sentence written in Traditional characters. */
function reportTraditionalDocument(
  document: AnalysisDocument,
  report: Parameters<Parameters<typeof defineRule<MessageId>>[0]['check']>[0]['report'],
): void {
  for (const match of document.text.matchAll(SENTENCE)) {
    if (![...match[0]].some(isTraditionalCharacter)) continue;
    const leading = match[0].length - match[0].trimStart().length;
    report({ offset: match.index + leading, length: match[0].trim().length, messageId: 'traditionalDocument', severity: 'info' });
    return;
  }
}

/** Maximal runs of characters passing `test`, joined across nothing else (國家 is one finding, not two). */
function runsOf(text: string, test: (character: string, offset: number) => boolean): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const character of text) {
    if (isHan(character) && test(character, offset)) {
      const previous = runs.at(-1);
      if (previous && previous.end === offset) previous.end = offset + character.length;
      else runs.push({ start: offset, end: offset + character.length });
    }
    offset += character.length;
  }
  return runs;
}

function withoutRanges(text: string, ranges: Array<{ start: number; end: number }>): string {
  let kept = '';
  let cursor = 0;
  for (const { start, end } of ranges) {
    kept += text.slice(cursor, start);
    cursor = end;
  }
  return kept + text.slice(cursor);
}
