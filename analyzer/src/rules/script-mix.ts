import type { AnalysisDocument } from '../core/document.js';
import { defineRule, type RuleReport } from '../core/rule.js';
import { CharacterFlags, isHan, isOneCodePoint } from '../text/characters.js';
import type { LineText } from '../text/line-memory.js';
import {
  foldTraditionalToSimplified,
  isTraditionalCharacter,
  simplifiedFormCandidates,
  toTraditional,
  traditionalCharacters,
} from '../text/traditional-script.js';
import { TRADITIONAL_LEFTOVERS } from './data/traditional-leftovers.js';
import { findGarbledRuns, type GarbledRun, isCommonCharacter, isGb2312Character } from './lexicon/garbled-text.js';
import { isSimplifiedOnlyCharacter, isTraditionalScript, type ScriptEvidence, scriptEvidence } from './lexicon/script.js';

type MessageId =
  | 'traditionalDocument'
  | 'traditionalInSimplified'
  | 'rareTraditionalInSimplified'
  | 'simplifiedInTraditional'
  | 'ambiguousInTraditional';

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
    name: { zh: '繁简混用', en: 'Mixed scripts' },
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
      rareTraditionalInSimplified: {
        zh: '简体文稿中夹有一个生僻的繁体字“{text}”（简体为“{simplified}”），可能是识别或录入错误，请核对原文。',
        en: 'A lone rare Traditional character “{text}” (Simplified “{simplified}”) inside a Simplified draft; it may be misread or mistyped, so check the source.',
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
    const lines = document.paragraphs.map((paragraph) => document.lineFact('script-mix', paragraph, readLine));
    if (isTraditionalScript(totalEvidence(lines))) {
      reportTraditionalDocument(document, report);
      document.paragraphs.forEach((paragraph, index) => {
        const { garbled } = lines[index]!;
        const traditionalLine = document.lineFact('script-mix/traditional', paragraph, (line) =>
          readTraditionalLine(line, garbled),
        );
        for (const run of traditionalLine.simplifiedRuns) {
          report(runReport(paragraph.start, run, 'simplifiedInTraditional', 'traditional', run.traditional));
        }
        for (const run of traditionalLine.leftovers) {
          report({
            ...runReport(paragraph.start, run, 'ambiguousInTraditional', 'traditional', run.traditional),
            severity: 'info',
          });
        }
      });
      return;
    }
    document.paragraphs.forEach((paragraph, index) => {
      for (const run of lines[index]!.traditionalRuns) {
        if (run.loneRareCharacter) {
          report({
            ...runReport(paragraph.start, run, 'rareTraditionalInSimplified', 'simplified', run.simplified),
            severity: 'info',
          });
        } else report(runReport(paragraph.start, run, 'traditionalInSimplified', 'simplified', run.simplified));
      }
    });
  },
});

/**
 * Text copied from a Traditional source leaves everyday characters behind
 * (國家, 環境, 以後). One Traditional character alone whose Simplified form is
 * itself rare (佇 for 伫) is more likely a misread or mistyped character than a
 * leftover, and converting it would not mend the sentence: info.
 */
function isLoneRareCharacter(run: { text: string }): boolean {
  if (!isOneCodePoint(run.text) || TRADITIONAL_DESPITE_GB2312.has(run.text)) return false;
  return !isCommonCharacter(foldTraditionalToSimplified(run.text));
}

/** A run found in one line, reported at its place in the document with its conversion as the fix. */
function runReport(
  lineStart: number,
  run: Run & { text: string },
  messageId: MessageId,
  conversion: 'traditional' | 'simplified',
  converted: string,
): RuleReport<MessageId> {
  return {
    offset: lineStart + run.start,
    length: run.end - run.start,
    messageId,
    data: { text: run.text, [conversion]: converted },
    replacements: [converted],
  };
}

/**
 * What the rule reads from one line alone (offsets relative to it): whether
 * the draft is Traditional is decided on the sum of the lines' evidence, and
 * a run of characters never crosses a line break, so only that sum is
 * document-wide. Encoding garbage is neither evidence nor a finding here
 * (it is mojibake's).
 */
interface LineScript {
  garbled: GarbledRun[];
  evidence: ScriptEvidence;
  /**
   * Traditional characters that do not belong in a Simplified draft, in maximal runs (國家 is one finding, not
   * two), each judged once with its line: whether it is a lone rare character (see isLoneRareCharacter).
   */
  traditionalRuns: Array<Run & { text: string; simplified: string; loneRareCharacter: boolean }>;
}

interface Run {
  start: number;
  end: number;
}

function readLine(line: LineText): LineScript {
  const garbled = findGarbledRuns(line.text, line.normalizedText);
  const traditionalRuns = runsOf(line.text, FOREIGN_IN_SIMPLIFIED, garbled)
    .filter((run) => !touchesGarbage(run, garbled))
    .map((run) => {
      const text = line.text.slice(run.start, run.end);
      return {
        ...run,
        text,
        simplified: line.normalizedText.slice(run.start, run.end),
        loneRareCharacter: isLoneRareCharacter({ text }),
      };
    });
  return { garbled, evidence: scriptEvidence(withoutRanges(line.text, garbled)), traditionalRuns };
}

function totalEvidence(lines: readonly LineScript[]): ScriptEvidence {
  const total: ScriptEvidence = { traditional: 0, simplifiedOnly: 0 };
  for (const { evidence } of lines) {
    total.traditional += evidence.traditional;
    total.simplifiedOnly += evidence.simplifiedOnly;
  }
  return total;
}

/** In a Traditional draft: Simplified-only characters, and the leftovers of a one-to-many conversion. */
function readTraditionalLine(
  line: LineText,
  garbled: readonly GarbledRun[],
): {
  simplifiedRuns: Array<Run & { text: string; traditional: string }>;
  leftovers: Array<Run & { text: string; traditional: string }>;
} {
  const simplifiedRuns = runsOf(line.text, SIMPLIFIED_ONLY, garbled).map((run) => {
    const text = line.text.slice(run.start, run.end);
    return { ...run, text, traditional: toTraditional(text) };
  });
  const leftovers: Array<Run & { text: string; traditional: string }> = [];
  for (const { pattern, traditional } of TRADITIONAL_LEFTOVERS) {
    for (const match of line.text.matchAll(pattern)) {
      if (isInside(garbled, match.index)) continue;
      leftovers.push({ start: match.index, end: match.index + match[0].length, text: match[0], traditional });
    }
  }
  return { simplifiedRuns, leftovers };
}

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

/** The Han characters a run is made of, flagged in a table built once (script-mix reads every character of a draft). */
const FOREIGN_IN_SIMPLIFIED = 1;
const SIMPLIFIED_ONLY = 2;
let runCharacters: CharacterFlags | undefined;

function runFlags(): CharacterFlags {
  if (!runCharacters) {
    runCharacters = new CharacterFlags();
    for (const character of traditionalCharacters()) {
      if (
        isOneCodePoint(character) &&
        isHan(character) &&
        (!isGb2312Character(character) || TRADITIONAL_DESPITE_GB2312.has(character))
      ) {
        runCharacters.add(character, FOREIGN_IN_SIMPLIFIED);
      }
    }
    for (const character of simplifiedFormCandidates()) {
      if (isOneCodePoint(character) && isHan(character) && isSimplifiedOnlyCharacter(character)) {
        runCharacters.add(character, SIMPLIFIED_ONLY);
      }
    }
  }
  return runCharacters;
}

/** Maximal runs of characters with `flag` outside the garbled runs, joined across nothing else. */
function runsOf(text: string, flag: number, garbled: readonly GarbledRun[]): Run[] {
  const flags = runFlags();
  const runs: Run[] = [];
  for (let offset = 0; offset < text.length; ) {
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (flags.of(codePoint) & flag && !isInside(garbled, offset)) {
      const previous = runs.at(-1);
      if (previous && previous.end === offset) previous.end = offset + width;
      else runs.push({ start: offset, end: offset + width });
    }
    offset += width;
  }
  return runs;
}

/**
 * Misdecoded text (UTF-8 read as GBK) is full of Traditional-looking
 * characters, and where the garbage begins or ends is fuzzy (a misread pair
 * may happen to be two valid characters): a run of them within FUZZY_EDGE
 * characters of a garbled run is part of that garbage, mojibake's to report
 * (one defect, one finding).
 */
const FUZZY_EDGE = 2;

function touchesGarbage(run: Run, garbled: readonly GarbledRun[]): boolean {
  return garbled.some(
    (garbage) =>
      (garbage.start >= run.end && garbage.start - run.end <= FUZZY_EDGE) ||
      (run.start >= garbage.end && run.start - garbage.end <= FUZZY_EDGE),
  );
}

function isInside(runs: readonly Run[], offset: number): boolean {
  return runs.some((run) => offset >= run.start && offset < run.end);
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
