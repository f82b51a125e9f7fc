// The HTML report's only stylesheet, inlined: no web fonts, no images, so it works offline and from a
// file share. Printed on A4: each file starts a page, and the running header (a <thead> of the
// page-layout table, which browsers repeat on every printed page) carries the as-of and generated dates.
export const HTML_STYLE = `
:root {
  --ink: #1a1a1a; --muted: #5f6368; --rule: #c8c8c8; --paper: #fff;
  --error: #a50e0e; --error-bg: #fce8e6;
  --warning: #7a4b00; --warning-bg: #fef3d6;
  --info: #174ea6; --info-bg: #e8f0fe;
  --pass: #0d652d; --pass-bg: #e6f4ea;
  --suppressed: #5f6368; --suppressed-bg: #f1f3f4;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: var(--ink); background: #eceff1;
  font: 13px/1.5 "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic UI", "Yu Gothic", Meiryo,
    "Noto Sans CJK JP", "Noto Sans JP", "Segoe UI", Roboto, Arial, sans-serif;
}
main { max-width: 1120px; margin: 0 auto; padding: 16px; }
h1 { font-size: 20px; margin: 4px 0 8px; }
h2 { font-size: 16px; margin: 20px 0 6px; border-bottom: 2px solid var(--ink); padding-bottom: 2px; }
h3 { font-size: 14px; margin: 16px 0 4px; }
p { margin: 4px 0 8px; }
code { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
a { color: inherit; }
.muted { color: var(--muted); }

/* One layout table per section: its thead is the running header repeated on printed pages. */
table.sheet { width: 100%; border-collapse: collapse; background: var(--paper); margin-bottom: 20px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
table.sheet > thead > tr > td, table.sheet > tbody > tr > td { padding: 0 20px; border: 0; }
table.sheet > tbody > tr > td { padding-bottom: 20px; }
.running-header {
  display: flex; justify-content: space-between; gap: 16px; flex-wrap: wrap;
  padding: 10px 0 6px; margin-bottom: 6px; border-bottom: 1px solid var(--rule);
  font-size: 11px; color: var(--muted);
}

table.data { width: 100%; border-collapse: collapse; margin: 6px 0 10px; }
table.data th, table.data td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top; }
table.data thead th { background: #f1f3f4; font-weight: 600; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data td.nowrap { white-space: nowrap; }
table.data tfoot td { font-weight: 600; background: #f8f9fa; }
tr.has-findings > td { background: #fffaf0; }

/* Severity: colour for the eye, a bordered text label for black-and-white print. */
.sev { display: inline-block; min-width: 4.5em; padding: 0 6px; border: 1px solid currentColor; border-radius: 3px; font-weight: 600; font-size: 12px; text-align: center; white-space: nowrap; }
.sev-error { color: var(--error); background: var(--error-bg); }
.sev-warning { color: var(--warning); background: var(--warning-bg); }
.sev-info { color: var(--info); background: var(--info-bg); }
.sev-suppressed { color: var(--suppressed); background: var(--suppressed-bg); border-style: dashed; }
.status-pass { color: var(--pass); background: var(--pass-bg); }
.status-fail { color: var(--error); background: var(--error-bg); font-weight: 600; }
.status-advisory { color: var(--info); background: var(--info-bg); }
.status-unchecked { color: var(--warning); background: var(--warning-bg); font-style: italic; }
.status-none { color: var(--muted); }
.off-rules { display: block; font-size: 11px; color: var(--warning); font-style: italic; }
.config { color: var(--muted); }
ul.config { margin: 4px 0 8px; padding-left: 20px; }
.config .rule-list { display: inline; font-size: inherit; }
.rule-list { display: block; font-size: 11px; line-height: 1.4; }
.rule-list code { white-space: nowrap; }
table.coverage th.item { width: 5.5em; }
table.coverage th.requirement { width: 40%; }
table.coverage th.rules { width: 30%; }
.mark { font-weight: 700; color: var(--error); white-space: nowrap; }
.suppression { display: block; color: var(--muted); font-size: 12px; }
.notice { border: 1px solid var(--error); background: var(--error-bg); padding: 6px 10px; }
.result-clean { color: var(--pass); font-weight: 600; }
.result-findings { color: var(--error); font-weight: 600; }

@page { size: A4; margin: 10mm 9mm; }
@media print {
  body { background: none; font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  table.sheet { box-shadow: none; margin: 0; }
  table.sheet > thead > tr > td, table.sheet > tbody > tr > td { padding-left: 0; padding-right: 0; }
  section.file { break-before: page; page-break-before: always; }
  table.data thead { display: table-header-group; }
  table.data tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a { text-decoration: none; }
}
`;

/** Added for the network report (NETWORK_FROM ledgers or more): printed on A4 landscape; the summary and
 * the scorecard fit the window's width whatever the number of facilities (rows grow, never columns); a
 * facility opened from its link (#file-N) prints alone. */
export const NETWORK_STYLE = `
main { max-width: 1400px; }
table.rollup td:nth-child(3), table.rollup td:nth-child(4) { overflow-wrap: anywhere; }
table.score { table-layout: fixed; font-size: 12px; }
table.score col.c-num { width: 3.2em; }
table.score col.c-name { width: 24%; }
table.score th, table.score td { padding: 1px 2px; text-align: center; white-space: nowrap; overflow: hidden; }
table.score td.name { text-align: left; white-space: normal; overflow-wrap: anywhere; padding-left: 4px; }
table.score th.item { font-size: 11px; }
table.score thead th { position: sticky; top: 0; }
table.score thead tr:nth-child(2) th { top: 1.6em; }
table.score tr { break-inside: avoid; page-break-inside: avoid; }
.s-p { color: var(--pass); background: var(--pass-bg); }
.s-f { color: var(--error); background: var(--error-bg); font-weight: 700; }
.s-n { color: var(--warning); background: var(--warning-bg); }
.s-o { color: var(--muted); background: var(--suppressed-bg); }
table.findings td:nth-child(-n+4) { white-space: nowrap; }
table.findings td:nth-child(5) { overflow-wrap: anywhere; }
h2 .back { float: right; font-size: 12px; font-weight: normal; }
@page { size: A4 landscape; margin: 10mm 9mm; }
@media print {
  .screen { display: none; }
  section.scorecard { break-before: page; page-break-before: always; }
  table.rollup th, table.rollup td { padding: 0 6px; line-height: 1.35; }
  table.score thead th { position: static; }
  main:has(> section.file:target) > section:not(:target) { display: none; }
  main:has(> section.file:target) > section.file:target { break-before: auto; page-break-before: auto; }
}
`;
