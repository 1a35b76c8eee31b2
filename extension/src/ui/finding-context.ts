import type { Finding } from '../analysis/finding.js';

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

/** The change "apply" makes: the rule's safe fix, else its first suggested replacement for the whole span. */
export function suggestedChange(finding: Finding): { offset: number; length: number; text: string } | undefined {
  if (finding.fix) return finding.fix;
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
  return finding.severity === 'error' ? 0 : finding.severity === 'warning' ? 1 : 2;
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
