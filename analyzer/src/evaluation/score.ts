import { z } from 'zod';
import type { Finding } from '../core/finding.js';

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
 * Recall over `must` spans (found when a finding of the same rule overlaps
 * it); precision over error/warning findings (correct when it overlaps any
 * gold span, must or may, of its own rule). The definition is the gold's
 * README's, so the numbers printed here are the ones the project is judged by.
 */
export function scoreFindings(findingsByDoc: ReadonlyMap<string, readonly Finding[]>, gold: readonly GoldSpan[]): RuleScore[] {
  const rules = new Set<string>(gold.map((span) => span.rule));
  for (const findings of findingsByDoc.values()) for (const finding of findings) rules.add(finding.rule);
  const scores: RuleScore[] = [];
  for (const rule of [...rules].sort()) {
    const score: RuleScore = {
      rule,
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
      if (findings.some((finding) => finding.rule === rule && overlaps(finding, span))) score.mustFound++;
      else score.missed.push(span);
    }
    for (const [doc, findings] of findingsByDoc) {
      const spans = gold.filter((span) => span.doc === doc && span.rule === rule);
      for (const finding of findings) {
        if (finding.rule !== rule || finding.severity === 'info') continue;
        score.scoredFindings++;
        if (spans.some((span) => overlaps(finding, span))) score.correctFindings++;
        else score.falsePositives.push({ ...finding, doc });
      }
    }
    score.recall = score.mustSpans ? score.mustFound / score.mustSpans : undefined;
    score.precision = score.scoredFindings ? score.correctFindings / score.scoredFindings : undefined;
    scores.push(score);
  }
  return scores;
}
