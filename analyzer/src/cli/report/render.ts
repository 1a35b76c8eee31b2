/**
 * The reviewer report: one self-contained HTML page a reviewer can open
 * offline, print or mail on. It is plain HTML and CSS — a Content Security
 * Policy forbids anything else, so the page can load no fonts, images or
 * scripts even by mistake — and every character of the draft is escaped.
 */
import { type Language, SEVERITY_RANK, type Severity } from '../../core/finding.js';
import { categoryLabel, VERIFY_RULES } from '../../core/labels.js';
import { RULE_CATEGORIES, type RuleCategory } from '../../core/rule.js';
import { findRule } from '../../rules/index.js';
import { paragraphNumberAt } from '../inputs/docx.js';
import { createPositionFinder, LINE_BREAK } from '../positions.js';
import { countBySeverity, type ReportedFinding } from '../results.js';
import { REPORT_LABELS, type ReportLabels } from './labels.js';
import { REPORT_STYLES } from './styles.js';

/** A stretch of the draft under one heading (or one whole document of a compilation). */
export interface ReportSection {
  /** The heading as written: marker and title, or a document's title. */
  label: string;
  offset: number;
  end: number;
  children: ReportSection[];
}

export interface ReportDocument {
  path: string;
  /** The decoded (or extracted) text every offset refers to. */
  text: string;
  /** Sorted by offset, as `analyze` returns them. */
  findings: ReportedFinding[];
  format: 'text' | 'docx';
  encoding?: string;
  /** Word files: offset where paragraph n (1-based) starts. */
  paragraphStarts?: number[];
  /** The outline, top level first; empty when no headings were found. */
  sections: ReportSection[];
  language: Language;
  toolVersion: string;
  backend: string;
}

/** Findings a reviewer has to act on; info findings are only marked in the text. */
export function isChecklistFinding(finding: ReportedFinding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/** Defined in the core, so the extension's side panel groups the same rules under 需要核对. */
export { VERIFY_RULES };

/** Characters of context shown on each side of a finding in the checklist. */
const CHECKLIST_CONTEXT = 16;

export function renderReport(report: ReportDocument): string {
  const labels = REPORT_LABELS[report.language];
  const numbered = report.findings.map((finding, index) => ({ finding, number: index + 1 }));
  const lines = splitLines(report.text);
  const positionAt = createPositionFinder(report.text);
  const counts = countBySeverity([report]);
  const title = `${labels.title} · ${baseName(report.path)}`;
  return `<!doctype html>
<html lang="${report.language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tiankong ${escapeHtml(report.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<header>
<h1>${escapeHtml(labels.title)}</h1>
<p class="meta">${escapeHtml(describeSource(report, labels, lines.length))}</p>
</header>
<section id="summary">
<h2>${escapeHtml(labels.summary)}</h2>
<div class="stats">
<div class="stat must"><strong data-count="error">${counts.error}</strong>${escapeHtml(labels.mustFix)}</div>
<div class="stat should"><strong data-count="warning">${counts.warning}</strong>${escapeHtml(labels.shouldFix)}</div>
<div class="stat note"><strong data-count="info">${counts.info}</strong>${escapeHtml(labels.notes)}</div>
</div>
${renderKinds(report, labels)}
</section>
<section id="outline">
<h2>${escapeHtml(labels.outline)}</h2>
${renderOutline(report, labels, positionAt)}
</section>
<section id="text">
<h2>${escapeHtml(labels.fullText)}</h2>
<p class="hint">${escapeHtml(labels.fullTextHint)}</p>
${renderText(report, numbered, lines)}
</section>
${renderVerify(report, numbered, labels, positionAt)}<section id="checklist">
<h2>${escapeHtml(labels.checklist)} <span class="counts">(${counts.error + counts.warning})</span></h2>
${renderChecklist(report, numbered, labels, positionAt)}
</section>
<footer>${escapeHtml(labels.generatedBy(report.toolVersion, report.backend))}</footer>
</body>
</html>
`;
}

function describeSource(report: ReportDocument, labels: ReportLabels, lineCount: number): string {
  const parts = [report.path];
  if (report.format === 'docx') parts.push(labels.wordFile, labels.paragraphs(report.paragraphStarts?.length ?? lineCount));
  else {
    if (report.encoding) parts.push(`${labels.encoding} ${report.encoding}`);
    parts.push(labels.paragraphs(lineCount));
  }
  parts.push(labels.characters(report.text.length));
  return parts.join(' · ');
}

/** Counts per rule, grouped by category in the registry's category order. */
function renderKinds(report: ReportDocument, labels: ReportLabels): string {
  const byRule = new Map<string, { category: string; counts: Record<Severity, number> }>();
  for (const finding of report.findings) {
    let row = byRule.get(finding.rule);
    if (!row) {
      row = { category: finding.category, counts: { error: 0, warning: 0, info: 0 } };
      byRule.set(finding.rule, row);
    }
    row.counts[finding.severity]++;
  }
  if (byRule.size === 0) return `<p>${escapeHtml(labels.nothingToFill)}</p>`;
  const categoryOrder = (category: string) => {
    const index = RULE_CATEGORIES.indexOf(category as RuleCategory);
    return index < 0 ? RULE_CATEGORIES.length : index;
  };
  const rows = [...byRule.entries()]
    .sort(([idA, a], [idB, b]) => categoryOrder(a.category) - categoryOrder(b.category) || (idA < idB ? -1 : 1))
    .map(([id, row]) => {
      const meta = findRule(id)?.meta;
      const name = meta?.name[report.language] ?? id;
      const description = meta?.description[report.language] ?? id;
      return `<tr data-rule="${escapeHtml(id)}"><td>${escapeHtml(categoryLabel(row.category, report.language))}</td><td><strong>${escapeHtml(name)}</strong> <code>${escapeHtml(id)}</code><div class="description">${escapeHtml(description)}</div></td><td class="count">${row.counts.error}</td><td class="count">${row.counts.warning}</td><td class="count">${row.counts.info}</td></tr>`;
    });
  return `<table class="kinds">
<thead><tr><th>${escapeHtml(labels.kind)}</th><th>${escapeHtml(labels.rule)}</th><th class="count">${escapeHtml(labels.mustFix)}</th><th class="count">${escapeHtml(labels.shouldFix)}</th><th class="count">${escapeHtml(labels.notes)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function renderOutline(
  report: ReportDocument,
  labels: ReportLabels,
  positionAt: ReturnType<typeof createPositionFinder>,
): string {
  if (report.sections.length === 0) return `<p class="hint">${escapeHtml(labels.noOutline)}</p>`;
  const renderSection = (section: ReportSection, depth: number): string => {
    let mustFix = 0;
    let shouldFix = 0;
    for (const finding of report.findings) {
      if (finding.offset < section.offset || finding.offset >= section.end) continue;
      if (finding.severity === 'error') mustFix++;
      else if (finding.severity === 'warning') shouldFix++;
    }
    const line = positionAt(section.offset).line;
    const children = section.children.length
      ? `\n<ol>\n${section.children.map((child) => renderSection(child, depth + 1)).join('\n')}\n</ol>`
      : '';
    return `<li class="${depth === 0 ? 'outline-document' : 'outline-heading'}" data-start="${section.offset}" data-end="${section.end}"><a href="#l-${line}">${escapeHtml(section.label || labels.untitledDocument)}</a><span class="counts${mustFix ? ' has-must' : ''}" data-must-fix="${mustFix}" data-should-fix="${shouldFix}">${escapeHtml(labels.sectionCounts(mustFix, shouldFix))}</span>${children}</li>`;
  };
  return `<ol class="outline">\n${report.sections.map((section) => renderSection(section, 0)).join('\n')}\n</ol>`;
}

function renderChecklist(
  report: ReportDocument,
  numbered: ReadonlyArray<{ finding: ReportedFinding; number: number }>,
  labels: ReportLabels,
  positionAt: ReturnType<typeof createPositionFinder>,
): string {
  const items = numbered.filter(({ finding }) => isChecklistFinding(finding));
  if (items.length === 0) return `<p>${escapeHtml(labels.nothingToFill)}</p>`;
  const rendered = items.map(({ finding, number }) => {
    const { line } = positionAt(finding.offset);
    const where = [`${labels.line} ${line}`];
    const paragraph =
      finding.paragraph ?? (report.paragraphStarts ? paragraphNumberAt(report.paragraphStarts, finding.offset) : undefined);
    if (paragraph !== undefined) where.push(`${labels.paragraph} ${paragraph}`);
    const path = sectionPath(report.sections, finding.offset);
    if (path.length) where.push(path.join(' › '));
    const suggestion = finding.replacements.length
      ? ` · ${escapeHtml(labels.suggestion)}: ${finding.replacements.map((value) => `“${escapeHtml(value)}”`).join(' / ')}`
      : '';
    return `<li class="${finding.severity}" id="c-${number}" data-rule="${escapeHtml(finding.rule)}">
<input type="checkbox" aria-label="${number}"><span class="number"><a href="#f-${number}">${number}</a></span>
<div><div>${escapeHtml(finding.message)}</div><q>${renderExcerpt(report.text, finding)}</q>
<div class="where">${escapeHtml(where.join(' · '))} · ${ruleLabel(finding.rule, report.language)}${suggestion}</div></div>
</li>`;
  });
  return `<p class="hint">${escapeHtml(labels.checklistHint)}</p>\n<ol class="checklist">\n${rendered.join('\n')}\n</ol>`;
}

/** A finding's rule as the reader meets it: its name first, the id (what a config names) after it. */
function ruleLabel(id: string, language: Language): string {
  const name = findRule(id)?.meta.name[language];
  return name === undefined ? `<code>${escapeHtml(id)}</code>` : `${escapeHtml(name)} <code>${escapeHtml(id)}</code>`;
}

/** The section 需要核对: present only when a verify rule found something; each item links to its checklist entry. */
function renderVerify(
  report: ReportDocument,
  numbered: ReadonlyArray<{ finding: ReportedFinding; number: number }>,
  labels: ReportLabels,
  positionAt: ReturnType<typeof createPositionFinder>,
): string {
  const items = numbered.filter(({ finding }) => VERIFY_RULES.has(finding.rule) && isChecklistFinding(finding));
  if (items.length === 0) return '';
  const rendered = items.map(
    ({ finding, number }) => `<li class="${finding.severity}" data-rule="${escapeHtml(finding.rule)}">
<span class="number"><a href="#c-${number}">${number}</a></span>
<div><div>${escapeHtml(finding.message)}</div><q>${renderExcerpt(report.text, finding)}</q>
<div class="where">${escapeHtml(`${labels.line} ${positionAt(finding.offset).line}`)} · ${ruleLabel(finding.rule, report.language)}</div></div>
</li>`,
  );
  return `<section id="verify">
<h2>${escapeHtml(labels.verify)} <span class="counts">(${items.length})</span></h2>
<p class="hint">${escapeHtml(labels.verifyHint)}</p>
<ol class="checklist verify">
${rendered.join('\n')}
</ol>
</section>
`;
}

/** The finding's line around it, the finding marked; line breaks inside a long span shown as ↵. */
function renderExcerpt(text: string, finding: ReportedFinding): string {
  const lineStart = lastLineBreakBefore(text, finding.offset);
  const lineEnd = nextLineBreakFrom(text, finding.offset + finding.length);
  const from = Math.max(lineStart, finding.offset - CHECKLIST_CONTEXT);
  const to = Math.min(lineEnd, finding.offset + finding.length + CHECKLIST_CONTEXT);
  const show = (slice: string) => escapeHtml(slice.replace(LINE_BREAK, '↵'));
  const marked = finding.length ? show(text.slice(finding.offset, finding.offset + finding.length)) : '‸';
  return `${from > lineStart ? '…' : ''}${show(text.slice(from, finding.offset))}<mark>${marked}</mark>${show(text.slice(finding.offset + finding.length, to))}${to < lineEnd ? '…' : ''}`;
}

function lastLineBreakBefore(text: string, offset: number): number {
  let index = offset;
  while (index > 0 && !/[\n\r\u2028\u2029]/u.test(text[index - 1]!)) index--;
  return index;
}

function nextLineBreakFrom(text: string, offset: number): number {
  let index = offset;
  while (index < text.length && !/[\n\r\u2028\u2029]/u.test(text[index]!)) index++;
  return index;
}

/** Labels of the sections that hold `offset`, outermost first. */
function sectionPath(sections: readonly ReportSection[], offset: number): string[] {
  const path: string[] = [];
  let level = sections;
  for (;;) {
    const holder = level.find((section) => offset >= section.offset && offset < section.end);
    if (!holder) return path;
    if (holder.label) path.push(truncate(holder.label, 24));
    level = holder.children;
  }
}

interface Line {
  number: number;
  start: number;
  /** End of the line's text, before its break. */
  end: number;
  /** Start of the next line (after the break). */
  next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push({ number: lines.length + 1, start, end: match.index, next: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  lines.push({ number: lines.length + 1, start, end: text.length, next: text.length });
  return lines;
}

/**
 * The draft line by line, each finding numbered where it starts and its
 * text highlighted. Findings may overlap or span lines, so each line is cut
 * at every finding boundary and each piece is marked with the most severe
 * finding covering it.
 */
function renderText(
  report: ReportDocument,
  numbered: ReadonlyArray<{ finding: ReportedFinding; number: number }>,
  lines: readonly Line[],
): string {
  const rendered: string[] = [];
  let cursor = 0;
  for (const line of lines) {
    const starting: Array<{ finding: ReportedFinding; number: number }> = [];
    while (cursor < numbered.length && numbered[cursor]!.finding.offset < line.next) starting.push(numbered[cursor++]!);
    if (line.number === lines.length) while (cursor < numbered.length) starting.push(numbered[cursor++]!);
    const covering = numbered.filter(
      ({ finding }) => finding.length > 0 && finding.offset < line.end && finding.offset + finding.length > line.start,
    );
    const cuts = new Set([line.start, line.end]);
    for (const { finding } of [...covering, ...starting]) {
      for (const cut of [finding.offset, finding.offset + finding.length]) if (cut > line.start && cut < line.end) cuts.add(cut);
    }
    const ordered = [...cuts].sort((a, b) => a - b);
    let content = '';
    for (let index = 0; index < ordered.length; index++) {
      const at = ordered[index]!;
      for (const item of starting) {
        if (Math.min(item.finding.offset, line.end) === at) content += renderAnchor(item);
      }
      const next = ordered[index + 1];
      if (next === undefined) break;
      const piece = report.text.slice(at, next);
      const over = covering.filter(({ finding }) => finding.offset <= at && finding.offset + finding.length >= next);
      if (over.length === 0) {
        content += escapeHtml(piece);
        continue;
      }
      const severity = over.reduce<Severity>(
        (worst, { finding }) => (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst] ? finding.severity : worst),
        'info',
      );
      const title = over.map(({ finding, number }) => `${number}. ${finding.message}`).join('\n');
      content += `<mark class="${severity}" title="${escapeHtml(title)}">${escapeHtml(piece)}</mark>`;
    }
    rendered.push(
      `<div class="line" id="l-${line.number}"><span class="gutter">${gutterLabel(report, line)}</span><span class="content">${content}</span></div>`,
    );
  }
  return `<div class="document">\n${rendered.join('\n')}\n</div>`;
}

/** The number at a finding's start; findings with nothing to highlight (an empty span, a line break) get a caret. */
function renderAnchor({ finding, number }: { finding: ReportedFinding; number: number }): string {
  const target = isChecklistFinding(finding) ? `<a href="#c-${number}">${number}</a>` : `${number}`;
  const anchor = `<sup class="n ${finding.severity}" id="f-${number}" title="${escapeHtml(finding.message)}">${target}</sup>`;
  const visible = finding.length > 0 && !/^[\r\n\u2028\u2029]+$/u.test(finding.text);
  return visible ? anchor : `${anchor}<mark class="${finding.severity} empty" title="${escapeHtml(finding.message)}">‸</mark>`;
}

function gutterLabel(report: ReportDocument, line: Line): string {
  if (!report.paragraphStarts) return String(line.number);
  const paragraph = paragraphNumberAt(report.paragraphStarts, line.start);
  return report.paragraphStarts[paragraph - 1] === line.start ? `¶${paragraph}` : '';
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).at(-1) ?? path;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every character of the draft goes through here: a draft may contain markup (pasted HTML, `<script>`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => HTML_ESCAPES[character]!);
}
