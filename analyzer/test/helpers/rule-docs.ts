import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RULE_DOCS_DIRECTORY = join(import.meta.dirname, '../../docs/rules');

export interface RuleDocExamples {
  reported: string[];
  notReported: string[];
}

/**
 * The example lines of a rule's docs page: each line of the text block under
 * "❌ Reported" / "✅ Not reported". A ⏎ inside an example is a line break,
 * for rules that read two lines (broken-line).
 */
export function readRuleDocExamples(ruleId: string): RuleDocExamples {
  const markdown = readFileSync(join(RULE_DOCS_DIRECTORY, `${ruleId}.md`), 'utf8');
  return { reported: examplesUnder(markdown, '## ❌'), notReported: examplesUnder(markdown, '## ✅') };
}

function examplesUnder(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(heading);
  if (start < 0) return [];
  const block = /```text\n([\s\S]*?)```/u.exec(markdown.slice(start));
  return block
    ? block[1]!
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => line.replaceAll('⏎', '\n'))
    : [];
}
