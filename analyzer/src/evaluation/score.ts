import { z } from 'zod';
import type { Finding } from '../core/finding.js';
import { RULES, rulesConfiguredBy } from '../rules/index.js';

/** One hand-labelled span of `fixtures/gold/*.gold.jsonl`. */
export const goldSpanSchema = z.object({
  doc: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string(),
  level: z.enum(['must', 'may']),
  fix: z.string().nullable().optional(),
  note: z.string().optional(),
});
export type GoldSpan = z.infer<typeof goldSpanSchema>;

export interface RuleScore {
  rule: string;
  /**
   * For a gold label that names a rule which was split (punctuation): the
   * rules split from it. The row scores their findings together, against
   * the spans labelled with the old id; each of them has its own row too,
   * so a total over rows leaves this row's findings out.
   */
  parts?: string[];
  mustSpans: number;
  mustFound: number;
  /** error/warning findings (info is not scored). */
  scoredFindings: number;
  correctFindings: number;
  recall: number | undefined;
  precision: number | undefined;
  missed: GoldSpan[];
  falsePositives: Array<Finding & { doc: string }>;
}

function overlaps(finding: Finding, span: GoldSpan): boolean {
  const end = finding.offset + Math.max(finding.length, 1);
  return finding.offset < span.end && end > span.start;
}

/**
 * The rules whose findings a gold label stands for: the rule of that id, or,
 * for the id of a rule that was split, every rule split from it (a gold
 * label names a rule as a config does). A label no rule answers to stands
 * for itself.
 */
function rulesOfLabel(label: string): ReadonlySet<string> {
  const rules = rulesConfiguredBy(label).map((rule) => rule.meta.id);
  return new Set(rules.length ? rules : [label]);
}

/** A label naming a split rule, not a rule of its own. */
function isSplitLabel(label: string): boolean {
  return !RULES.some((rule) => rule.meta.id === label) && rulesConfiguredBy(label).length > 1;
}

/**
 * Recall over `must` spans (found when a finding of the same rule overlaps
 * it); precision over error/warning findings (correct when it overlaps any
 * gold span, must or may, of its own rule). The definition is the gold's
 * README's, so the numbers printed here are the ones the project is judged by.
 * A span labelled with the id of a split rule (punctuation) counts for
 * every rule split from it.
 */
export function scoreFindings(findingsByDoc: ReadonlyMap<string, readonly Finding[]>, gold: readonly GoldSpan[]): RuleScore[] {
  const rules = new Set<string>(gold.map((span) => span.rule));
  for (const findings of findingsByDoc.values()) for (const finding of findings) rules.add(finding.rule);
  const scores: RuleScore[] = [];
  const labelRules = new Map([...new Set(gold.map((span) => span.rule))].map((label) => [label, rulesOfLabel(label)]));
  /** Whether a span labelled `label` is one `findingRule` answers to. */
  const answers = (findingRule: string, label: string) => labelRules.get(label)?.has(findingRule) ?? findingRule === label;
  for (const rule of [...rules].sort()) {
    const ofRow = rulesOfLabel(rule);
    const score: RuleScore = {
      rule,
      ...(isSplitLabel(rule) ? { parts: [...ofRow] } : {}),
      mustSpans: 0,
      mustFound: 0,
      scoredFindings: 0,
      correctFindings: 0,
      recall: undefined,
      precision: undefined,
      missed: [],
      falsePositives: [],
    };
    for (const span of gold) {
      if (span.rule !== rule || span.level !== 'must') continue;
      score.mustSpans++;
      const findings = findingsByDoc.get(span.doc) ?? [];
      if (findings.some((finding) => ofRow.has(finding.rule) && overlaps(finding, span))) score.mustFound++;
      else score.missed.push(span);
    }
    for (const [doc, findings] of findingsByDoc) {
      const spans = gold.filter((span) => span.doc === doc);
      for (const finding of findings) {
        if (!ofRow.has(finding.rule) || finding.severity === 'info') continue;
        score.scoredFindings++;
        if (spans.some((span) => answers(finding.rule, span.rule) && overlaps(finding, span))) score.correctFindings++;
        else score.falsePositives.push({ ...finding, doc });
      }
    }
    score.recall = score.mustSpans ? score.mustFound / score.mustSpans : undefined;
    score.precision = score.scoredFindings ? score.correctFindings / score.scoredFindings : undefined;
    scores.push(score);
  }
  return scores;
}
