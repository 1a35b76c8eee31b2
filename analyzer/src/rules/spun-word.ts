import type { AnalysisDocument, Paragraph } from '../core/document.js';
import { defineRule } from '../core/rule.js';
import { toTraditional } from '../core/traditional-script.js';
import { SPUN_WORDS, type SpunWordEntry } from './data/spun-words.js';
import { isTraditionalScript, scriptEvidence } from './lexicon/script.js';

type MessageId = 'spunWord' | 'wrongCharacter';

interface CompiledEntry {
  pattern: RegExp;
  entry: SpunWordEntry;
}

let builtIn: CompiledEntry[] | undefined;
const fromSettings = new WeakMap<object, CompiledEntry[]>();

export default defineRule<MessageId>({
  meta: {
    id: 'spun-word',
    category: 'residue',
    defaultSeverity: 'warning',
    fixable: 'safe',
    scope: 'paragraph',
    description: {
      zh: '“伪原创”软件替换的近义词：泛博（广大）、特殊是（特别是）、心得体味（心得体会）、凝结力（凝聚力）、开辟创新（开拓创新）、形成为了（形成了）等；按上下文判断，正常用法不报告。',
      en: 'Near-synonyms swapped in by a "伪原创" spinner: 泛博 (广大), 特殊是 (特别是), 心得体味 (心得体会), 凝结力 (凝聚力), 开辟创新 (开拓创新), 形成为了 (形成了)…; judged in context, so legitimate uses are left alone.',
    },
    messages: {
      spunWord: {
        zh: '“{word}”是范文网站“伪原创”替换的词，应为“{correct}”。',
        en: '“{word}” is a template site’s spinner substitution; write “{correct}”.',
      },
      wrongCharacter: {
        zh: '“{word}”是错别字，应为“{correct}”。',
        en: '“{word}” is a wrong character; write “{correct}”.',
      },
    },
  },
  check({ document, settings, report }) {
    const entries = [...compiledBuiltIn(), ...compiledFromSettings(settings.spunWords)];
    for (const paragraph of document.paragraphs) {
      if (!paragraph.text.trim()) continue;
      const found = findInParagraph(document, paragraph, entries);
      if (found.length === 0) continue;
      const traditional = isTraditionalScript(scriptEvidence(paragraph.text));
      for (const { start, end, entry } of found) {
        const correct = traditional ? toTraditional(entry.correct) : entry.correct;
        report({
          offset: start,
          length: end - start,
          messageId: entry.wrongCharacter ? 'wrongCharacter' : 'spunWord',
          data: { word: document.text.slice(start, end), correct },
          replacements: [correct],
          fix: { offset: start, length: end - start, text: correct },
        });
      }
    }
  },
});

function findInParagraph(
  document: AnalysisDocument,
  paragraph: Paragraph,
  entries: CompiledEntry[],
): Array<{ start: number; end: number; entry: SpunWordEntry }> {
  const candidates: Array<{ match: RegExpExecArray; entry: SpunWordEntry }> = [];
  for (const { pattern, entry } of entries) {
    for (const match of paragraph.normalizedText.matchAll(pattern)) candidates.push({ match, entry });
  }
  if (candidates.length === 0) return []; // most paragraphs: no need to segment them
  const tokens = document.tokens(paragraph);
  const tokenStarts = new Set(tokens.map((token) => token.start - paragraph.start));
  const tokenEnds = new Set(tokens.map((token) => token.end - paragraph.start));
  const found: Array<{ start: number; end: number; entry: SpunWordEntry }> = [];
  for (const { match, entry } of candidates) {
    const matchEnd = match.index + match[0].length;
    // Inside a longer word (局部地区, 广泛|博览) it is no spin.
    const aligned = [tokenStarts.has(match.index), tokenEnds.has(matchEnd)].filter(Boolean).length;
    if (aligned < (entry.looseBoundaries ? 1 : 2)) continue;
    if (entry.nextTag) {
      const next = tokens.find((token) => token.start - paragraph.start === matchEnd);
      if (!next || !entry.nextTag.test(next.tag)) continue;
    }
    const [spunStart, spunEnd] = match.indices!.groups!.spun!;
    found.push({ start: paragraph.start + spunStart, end: paragraph.start + spunEnd, entry });
  }
  // One finding per place: the first entry that explains it.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((candidate, index) => index === 0 || candidate.start >= found[index - 1]!.end);
}

/** `{…}` marks the spun word: it becomes the named group whose indices are reported. */
function compile(entry: SpunWordEntry): CompiledEntry {
  const source = entry.pattern.replace('{', '(?<spun>').replace('}', ')');
  return { pattern: new RegExp(source, 'gdu'), entry };
}

function compiledBuiltIn(): CompiledEntry[] {
  builtIn ??= SPUN_WORDS.map(compile);
  return builtIn;
}

/** `spunWords` from the configuration: extra pairs, matched as whole words anywhere. */
function compiledFromSettings(pairs: Readonly<Record<string, string>> | undefined): CompiledEntry[] {
  if (!pairs) return [];
  let compiled = fromSettings.get(pairs);
  if (!compiled) {
    compiled = Object.entries(pairs).map(([spun, correct]) => ({
      pattern: new RegExp(`(?<spun>${spun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})`, 'gdu'),
      entry: { pattern: spun, correct, looseBoundaries: true },
    }));
    fromSettings.set(pairs, compiled);
  }
  return compiled;
}
