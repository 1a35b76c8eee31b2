/** The report's only styling, inlined so the file needs nothing else (no fonts, images or scripts are loaded). */
export const REPORT_STYLES = `
:root {
  --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --paper: #ffffff; --panel: #f6f8fa;
  --error: #c62828; --error-bg: #fde4e1; --warning: #9a6700; --warning-bg: #fff1c2; --info: #1f6feb;
}
* { box-sizing: border-box; }
html { background: var(--panel); }
body {
  margin: 0 auto; max-width: 1040px; padding: 24px 32px 48px; background: var(--paper); color: var(--ink);
  font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
}
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); }
.meta, .hint, footer { color: var(--muted); font-size: 13px; }
.stats { display: flex; gap: 12px; margin: 16px 0; }
.stat { flex: 1; padding: 12px 16px; border: 1px solid var(--rule); border-radius: 8px; }
.stat strong { display: block; font-size: 28px; line-height: 1.2; }
.stat.must strong { color: var(--error); }
.stat.should strong { color: var(--warning); }
.stat.note strong { color: var(--info); }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
th.count, td.count { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td:first-child { white-space: nowrap; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
.outline, .outline ol { list-style: none; margin: 0; padding-left: 1.4em; }
.outline { padding-left: 0; }
.outline li { margin: 2px 0; }
.outline a { color: var(--ink); text-decoration: none; }
.outline a:hover { text-decoration: underline; }
.outline .outline-document > a { font-weight: 600; }
.counts { margin-left: 8px; font-size: 12px; color: var(--muted); white-space: nowrap; }
.counts.has-must { color: var(--error); }
ol.checklist { padding-left: 0; list-style: none; counter-reset: none; }
.checklist li { display: flex; gap: 10px; padding: 8px 0; border-bottom: 1px dashed var(--rule); }
.checklist input { margin-top: 6px; }
.checklist .number { min-width: 2.6em; font-weight: 600; }
.checklist .error .number { color: var(--error); }
.checklist .warning .number { color: var(--warning); }
.checklist .where { color: var(--muted); font-size: 13px; }
.kinds .description { color: var(--muted); font-size: 13px; }
.checklist q { quotes: "“" "”"; }
.checklist q mark { background: var(--error-bg); }
.checklist .warning q mark { background: var(--warning-bg); }
.document {
  font: 16px/2 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
  border: 1px solid var(--rule); border-radius: 8px; padding: 12px 0;
}
.line { display: flex; white-space: pre-wrap; word-break: break-all; padding: 0 16px 0 0; }
.line:target { background: #eef4ff; }
.gutter {
  flex: none; width: 4.2em; padding-right: 12px; text-align: right; color: var(--muted);
  font: 12px/2.7 ui-monospace, "DejaVu Sans Mono", monospace; user-select: none;
}
.content { flex: 1; min-width: 0; }
mark { color: inherit; border-radius: 2px; }
mark.error { background: var(--error-bg); box-shadow: inset 0 -2px var(--error); }
mark.warning { background: var(--warning-bg); box-shadow: inset 0 -2px var(--warning); }
mark.info { background: none; border-bottom: 2px dotted var(--info); }
mark.empty { padding: 0 1px; }
sup.n { font: 600 10px/1 sans-serif; padding: 1px 3px; margin: 0 1px; border-radius: 6px; vertical-align: super; }
sup.n a { color: inherit; text-decoration: none; }
sup.n.error { color: #fff; background: var(--error); }
sup.n.warning { color: #fff; background: var(--warning); }
sup.n.info { color: var(--info); border: 1px solid var(--info); }
:target > sup.n, sup.n:target { outline: 2px solid var(--info); }
footer { margin-top: 40px; }
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; }
  .line { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
