import { type Finding, fixVerdict, SEVERITY_RANK } from '../analysis/finding.js';

/** The text around a finding on its line, for the card and the panel: what comes before, the finding, what follows. */
export function findingContext(text: string, finding: Pick<Finding, 'offset' | 'length'>, radius = 14) {
  const lineStart = text.lastIndexOf('\n', finding.offset - 1) + 1;
  const lineEndIndex = text.indexOf('\n', finding.offset + finding.length);
  const lineEnd = lineEndIndex < 0 ? text.length : lineEndIndex;
  const start = Math.max(lineStart, finding.offset - radius);
  const end = Math.min(lineEnd, finding.offset + finding.length + radius);
  return {
    before: (start > lineStart ? '…' : '') + text.slice(start, finding.offset),
    target: text.slice(finding.offset, finding.offset + finding.length),
    after: text.slice(finding.offset + finding.length, end) + (end < lineEnd ? '…' : ''),
  };
}

/**
 * The change "apply" makes to `text` (the text the finding was found in):
 * the rule's safe fix when the core's fix policy allows it — the same
 * verdict `tiankong lint --fix` asks, so a fix the CLI refuses (one that
 * would touch a digit) is not offered here either — else, for a finding
 * without a fix, its first suggested replacement for the whole span, which
 * the writer picks, like an ESLint suggestion.
 */
export function suggestedChange(text: string, finding: Finding): { offset: number; length: number; text: string } | undefined {
  const verdict = fixVerdict(text, finding);
  if (verdict)
    return verdict.allowed ? { offset: verdict.fix.offset, length: verdict.fix.length, text: verdict.fix.text } : undefined;
  const replacement = finding.replacements[0];
  return replacement === undefined ? undefined : { offset: finding.offset, length: finding.length, text: replacement };
}

/** Identifies one occurrence of a gap by its rule, text and surroundings on its line, so "ignore here" survives edits elsewhere. */
export function occurrenceKey(text: string, finding: Pick<Finding, 'rule' | 'offset' | 'length'>): string {
  const lineStart = text.lastIndexOf('\n', finding.offset - 1) + 1;
  const lineEndIndex = text.indexOf('\n', finding.offset + finding.length);
  const lineEnd = lineEndIndex < 0 ? text.length : lineEndIndex;
  const before = text.slice(Math.max(lineStart, finding.offset - 8), finding.offset);
  const target = text.slice(finding.offset, finding.offset + finding.length);
  const after = text.slice(finding.offset + finding.length, Math.min(lineEnd, finding.offset + finding.length + 8));
  return [finding.rule, before, target, after].join('\u0000');
}

/** Must-fix first, then by position. */
export function severityRank(finding: Pick<Finding, 'severity'>): number {
  return SEVERITY_RANK.error - SEVERITY_RANK[finding.severity];
}

export interface RuleGroup {
  rule: string;
  findings: Finding[];
  rank: number;
}

/** Groups findings by rule, must-fix rules first, each group in reading order. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.rule) ?? { rule: finding.rule, findings: [], rank: 3 };
    group.findings.push(finding);
    group.rank = Math.min(group.rank, severityRank(finding));
    groups.set(finding.rule, group);
  }
  const sorted = [...groups.values()];
  for (const group of sorted) group.findings.sort((a, b) => severityRank(a) - severityRank(b) || a.offset - b.offset);
  return sorted.sort((a, b) => a.rank - b.rank || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
}
