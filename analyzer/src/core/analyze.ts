import type { Outline } from '../outline/types.js';
import type { TextNormalizer } from '../text/text-normalization.js';
import { AnalysisMemory, type ParagraphReports } from './analysis-memory.js';
import { AnalysisDocument, type Paragraph } from './document.js';
import { type Finding, type Language, SEVERITY_RANK, type Severity } from './finding.js';
import { formatMessage } from './messages.js';
import type { Rule, RuleReport } from './rule.js';
import type { Segmenter } from './segmenter.js';
import { type AnalyzerSettings, settingOptions, settingSeverity } from './settings.js';

export interface AnalyzeOptions extends AnalyzerSettings {
  segmenter: Segmenter;
  /**
   * The rules that may run; `settings.rules` then turns each off or sets its
   * severity. The package's entry points pass the built-in set (rules/index.ts),
   * so the core itself knows no rule. (Named `ruleSet` because `rules` is
   * already the per-rule settings of the config, as in ESLint.)
   */
  ruleSet: readonly Rule[];
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
  /** Documents, titles and numbered headings of the text (`outlineToJson` gives its plain JSON form). */
  outline: Outline;
}

/** A rule that runs, with its effective severity and its parsed options. */
export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

/**
 * The rules of `ruleSet` that run under these settings, each with its
 * effective severity and options. A setting names a rule by its id or by one
 * of its `deprecatedIds`; an old id shared by several rules (a rule that was
 * split) sets all of them, and a setting under a rule's own id wins over it.
 * Options that do not parse are named in `failures` (see {@link ruleOptions}).
 */
export function enabledRules(
  ruleSet: readonly Rule[],
  settings: AnalyzerSettings = {},
  failures: RuleFailure[] = [],
): EnabledRule[] {
  const configured = Object.entries(settings.rules ?? {});
  const enabled: EnabledRule[] = [];
  for (const rule of ruleSet) {
    const { id, deprecatedIds = [], defaultSeverity } = rule.meta;
    let severity: Severity | 'off' = defaultSeverity;
    for (const [key, setting] of configured) {
      if (deprecatedIds.includes(key)) severity = settingSeverity(setting) ?? severity;
    }
    const own = settings.rules?.[id];
    severity = settingSeverity(own) ?? severity;
    if (severity === 'off') continue;
    const parsed = ruleOptions(rule, settings, settingOptions(own), failures);
    if (parsed) enabled.push({ rule, severity, options: parsed.options });
  }
  return enabled;
}

/**
 * A rule's options: its old top-level settings (`meta.optionAliases`) under
 * the options set for it, parsed by `meta.options`. Where settings are read
 * from a file, the config schema has already rejected bad values; a library
 * caller's bad entries (one invalid pattern among several) are dropped, as a
 * browser drops a CSS declaration it cannot read, and named in the failures,
 * so one typo never switches off the rule's built-in checks. Options that
 * cannot be salvaged leave the rule out.
 */
function ruleOptions(
  rule: Rule,
  settings: AnalyzerSettings,
  own: unknown,
  failures: RuleFailure[],
): { options: unknown } | undefined {
  const schema = rule.meta.options;
  if (!schema) return { options: undefined };
  if (own !== undefined && (typeof own !== 'object' || own === null || Array.isArray(own))) {
    failures.push({ rule: rule.meta.id, message: 'invalid options: expected an object' });
    return undefined;
  }
  const raw: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(rule.meta.optionAliases ?? {})) {
    if (settings[key] !== undefined) raw[option] = settings[key];
  }
  Object.assign(raw, own);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { options: parsed.data };
  const issues = parsed.error.issues;
  failures.push({
    rule: rule.meta.id,
    message: `invalid options: ${issues.map((issue) => `${issue.path.join('.') || '(options)'}: ${issue.message}`).join('; ')}`,
  });
  if (issues.some((issue) => issue.path.length === 0)) return undefined;
  const salvaged = schema.safeParse(
    withoutPaths(
      raw,
      issues.map((issue) => issue.path),
    ),
  );
  return salvaged.success ? { options: salvaged.data } : undefined;
}

/** A deep copy of `value` without the entries at these paths (array items are removed, not left as holes). */
function withoutPaths(value: unknown, paths: ReadonlyArray<ReadonlyArray<PropertyKey>>): unknown {
  const copy = structuredClone(value);
  // Deepest and last items first, so removing one does not move the others.
  const sorted = [...paths].sort((a, b) => b.length - a.length || Number(b.at(-1)) - Number(a.at(-1)));
  for (const path of sorted) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | undefined)?.[key];
    const last = path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (parent && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[last];
  }
  return copy;
}

/**
 * Runs every enabled rule over `text` and returns the findings sorted by
 * offset. Pure: no I/O; the segmenter is the only collaborator.
 */
export function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
  const memory = new AnalysisMemory(options.segmenter);
  return analyzeDocument(
    new AnalysisDocument(text, memory.segmenter, options.normalizers, undefined, memory.lines),
    options,
    memory,
  );
}

/**
 * {@link analyze} on a document built by the caller. Paragraph-scoped rules
 * (`meta.scope`) run on each paragraph alone, and what they report is looked
 * up in `memory` by the paragraph's text; document-scoped rules run on the
 * whole document. The incremental analysis passes the memory of the previous
 * analysis, so it re-checks only the paragraphs an edit changed and, by
 * construction, returns what a full analysis returns.
 */
export function analyzeDocument(
  document: AnalysisDocument,
  options: AnalyzeOptions,
  memory: AnalysisMemory = new AnalysisMemory(options.segmenter),
): AnalysisResult {
  const language: Language = options.language ?? 'zh';
  const failures: RuleFailure[] = [];
  const enabled = enabledRules(options.ruleSet, options, failures);
  const paragraphRules = enabled.filter(({ rule }) => rule.meta.scope === 'paragraph');
  const findings: Finding[] = [];
  if (paragraphRules.length > 0) {
    for (const paragraph of document.paragraphs) {
      const checked = memory.paragraphReports(paragraph, () => checkParagraph(paragraph, paragraphRules, options, memory));
      for (const finding of checked.findings) findings.push(inParagraph(finding, paragraph));
      for (const failure of checked.failures)
        failures.push({ ...failure, message: `line ${paragraph.index + 1}: ${failure.message}` });
    }
  }
  for (const entry of enabled) {
    if (entry.rule.meta.scope === 'paragraph') continue;
    for (const report of runRule(entry, document, options, failures)) {
      findings.push(toFinding(entry.rule, entry.severity, report, document, language));
    }
  }
  findings.sort(compareFindings);
  const kept = dropIgnored(dropDuplicates(findings), document.text, options.ignore ?? []);
  return {
    findings: kept,
    backend: options.segmenter.backend,
    ruleFailures: firstFailurePerRule(failures),
    // Built on first read (and once only, by the document): a lint run that prints no outline, or an edit in the editor, need not pay for it.
    get outline() {
      return document.outline;
    },
  };
}

/** The paragraph-scoped rules on a document made of this paragraph alone; offsets relative to the paragraph. */
function checkParagraph(
  paragraph: Paragraph,
  rules: readonly EnabledRule[],
  options: AnalyzeOptions,
  memory: AnalysisMemory,
): ParagraphReports {
  const document = new AnalysisDocument(paragraph.text, memory.segmenter, [], paragraph.normalizedText, memory.lines);
  const checked: ParagraphReports = { findings: [], failures: [] };
  const language = options.language ?? 'zh';
  for (const entry of rules) {
    for (const report of runRule(entry, document, options, checked.failures)) {
      checked.findings.push(toFinding(entry.rule, entry.severity, report, document, language));
    }
  }
  return checked;
}

/**
 * A finding of a paragraph checked alone, moved to where the paragraph stands
 * (its column is unchanged): a new object each time, as the remembered one
 * is shared with later analyses.
 */
function inParagraph(finding: Finding, paragraph: Paragraph): Finding {
  const moved = { ...finding, offset: finding.offset + paragraph.start, line: paragraph.index + 1 };
  if (finding.fix) moved.fix = { ...finding.fix, offset: finding.fix.offset + paragraph.start };
  return moved;
}

/**
 * One rule's reports on a document. A rule that throws, or reports a span
 * outside the text or a message it does not define, is recorded as failed
 * and contributes nothing: one broken rule never stops the analysis.
 */
function runRule(
  { rule, options }: EnabledRule,
  document: AnalysisDocument,
  settings: AnalyzerSettings,
  failures: RuleFailure[],
): RuleReport[] {
  const reports: RuleReport[] = [];
  try {
    rule.check({ document, settings, options, report: (report) => void reports.push(report) });
    for (const report of reports) checkReport(rule, report, document.text.length);
  } catch (error) {
    failures.push({ rule: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    return [];
  }
  return reports;
}

function checkReport(rule: Rule, report: RuleReport, textLength: number): void {
  const spans = report.fix ? [report, report.fix] : [report];
  for (const { offset, length } of spans) {
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > textLength) {
      throw new RangeError(`Rule ${rule.meta.id} reported an out-of-range span ${offset}+${length}.`);
    }
  }
  if (!Object.hasOwn(rule.meta.messages, report.messageId)) {
    throw new Error(`Rule ${rule.meta.id} reported an unknown message id ${report.messageId}.`);
  }
}

/** A rule that fails on many lines is named once, with the first failure. */
function firstFailurePerRule(failures: readonly RuleFailure[]): RuleFailure[] {
  const seen = new Set<string>();
  return failures.filter((failure) => !seen.has(failure.rule) && Boolean(seen.add(failure.rule)));
}

function toFinding(
  rule: Rule,
  configuredSeverity: Severity,
  report: RuleReport,
  document: AnalysisDocument,
  language: Language,
): Finding {
  const { offset, length } = report;
  const severity =
    report.severity && SEVERITY_RANK[report.severity] < SEVERITY_RANK[configuredSeverity] ? report.severity : configuredSeverity;
  const template = rule.meta.messages[report.messageId]!;
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
  if (report.fix && rule.meta.fixable === 'safe') {
    finding.fix = rule.meta.fixDigits ? { ...report.fix, digits: rule.meta.fixDigits } : { ...report.fix };
  }
  return finding;
}

/**
 * One finding per rule and span: the one reported first. Sorting is stable
 * and orders by span and rule, so duplicates are neighbours in report order.
 */
function dropDuplicates(sorted: Finding[]): Finding[] {
  return sorted.filter((finding, index) => index === 0 || compareFindings(sorted[index - 1]!, finding) !== 0);
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
