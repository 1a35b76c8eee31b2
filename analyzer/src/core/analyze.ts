import { findRule, RULES } from '../rules/index.js';
import type { Segmenter } from '../segmentation/segmenter.js';
import { AnalysisDocument } from './document.js';
import type { Finding, Language, Severity } from './finding.js';
import { formatMessage } from './messages.js';
import type { Rule, RuleReport } from './rule.js';
import { type AnalyzerSettings, settingSeverity } from './settings.js';
import type { TextNormalizer } from './text-normalization.js';

export interface AnalyzeOptions extends AnalyzerSettings {
  segmenter: Segmenter;
  /** Extra length-preserving normalizations applied before the rules read the text. */
  normalizers?: readonly TextNormalizer[];
}

export interface RuleFailure {
  rule: string;
  message: string;
}

export interface AnalysisResult {
  findings: Finding[];
  /** Which jieba build segmented the text. */
  backend: string;
  /** Rules that threw; their findings are missing. Empty in a healthy build. */
  ruleFailures: RuleFailure[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The rules that run under these settings, each with its effective severity. */
export function enabledRules(settings: AnalyzerSettings = {}): Array<{ rule: Rule; severity: Severity }> {
  const configured = new Map<string, ReturnType<typeof settingSeverity>>();
  for (const [id, setting] of Object.entries(settings.rules ?? {})) {
    const rule = findRule(id);
    if (rule) configured.set(rule.meta.id, settingSeverity(setting));
  }
  const enabled: Array<{ rule: Rule; severity: Severity }> = [];
  for (const rule of RULES) {
    const severity = configured.get(rule.meta.id) ?? rule.meta.defaultSeverity;
    if (severity !== 'off') enabled.push({ rule, severity });
  }
  return enabled;
}

/**
 * Runs every enabled rule over `text` and returns the findings sorted by
 * offset. Pure: no I/O; the segmenter is the only collaborator.
 */
export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  const language: Language = options.language ?? 'zh';
  const document = new AnalysisDocument(text, options.segmenter, options.normalizers);
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  for (const { rule, severity } of enabledRules(options)) {
    const reports: RuleReport[] = [];
    try {
      rule.check({ document, settings: options, report: (report) => void reports.push(report) });
    } catch (error) {
      ruleFailures.push({ rule: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const report of reports) {
      findings.push(toFinding(rule, severity, report, document, language));
    }
  }
  const kept = dropIgnored(dropDuplicates(findings), text, options.ignore ?? []);
  kept.sort(compareFindings);
  return { findings: kept, backend: options.segmenter.backend, ruleFailures };
}

function toFinding(
  rule: Rule,
  configuredSeverity: Severity,
  report: RuleReport,
  document: AnalysisDocument,
  language: Language,
): Finding {
  const { offset, length } = report;
  if (
    !Number.isInteger(offset) ||
    !Number.isInteger(length) ||
    offset < 0 ||
    length < 0 ||
    offset + length > document.text.length
  ) {
    throw new RangeError(`Rule ${rule.meta.id} reported an out-of-range span ${offset}+${length}.`);
  }
  const severity =
    report.severity && SEVERITY_RANK[report.severity] < SEVERITY_RANK[configuredSeverity] ? report.severity : configuredSeverity;
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`Rule ${rule.meta.id} reported an unknown message id ${report.messageId}.`);
  const position = document.positionAt(offset);
  const finding: Finding = {
    rule: rule.meta.id,
    severity,
    offset,
    length,
    line: position.line,
    column: position.column,
    text: document.text.slice(offset, offset + length),
    message: formatMessage(template, language, report.data),
    replacements: report.replacements ?? [],
    messageId: report.messageId,
    category: rule.meta.category,
  };
  if (report.fix && rule.meta.fixable === 'safe') finding.fix = { ...report.fix };
  return finding;
}

function dropDuplicates(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}\u0000${finding.offset}\u0000${finding.length}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Drops findings that lie inside an occurrence of an ignored phrase. */
function dropIgnored(findings: Finding[], text: string, phrases: readonly string[]): Finding[] {
  if (phrases.length === 0) return findings;
  const ranges: Array<[number, number]> = [];
  for (const phrase of phrases) {
    for (let index = text.indexOf(phrase); index >= 0; index = text.indexOf(phrase, index + 1)) {
      ranges.push([index, index + phrase.length]);
    }
  }
  return findings.filter(
    (finding) => !ranges.some(([start, end]) => finding.offset >= start && finding.offset + finding.length <= end),
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
