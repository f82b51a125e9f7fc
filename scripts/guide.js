// The facilities' guide, docs/ja/手引き.md, as a printable file: dist/guide/手引き.html (one file, its
// pictures inline) and dist/guide/手引き.pdf (headless Chromium, A4). Before that, the guide's list of
// findings (between <!-- rules:start --> and <!-- rules:end -->) is written again from the built
// program's catalogue (`dokodemo-check rules -f json --lang ja`), so it says what each rule asks today;
// test/docs/guide.test.ts fails when the list in the page differs from the catalogue.
// No Markdown package is installed, so this converts the small subset the guide uses: headings,
// paragraphs, lists (two levels), tables, fenced code, block quotes, images, links, **bold**, `code`.
// Usage: npm run guide [-- --no-pdf]
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, relative } = require('node:path');
const { pathToFileURL } = require('node:url');

const ROOT = join(__dirname, '..');
const GUIDE = join(ROOT, 'docs', 'ja', '手引き.md');
const OUT = join(ROOT, 'dist', 'guide');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CATEGORIES = [
  ['facility', '施設について'],
  ['users', '利用者について'],
  ['devices', '端末について'],
  ['incidents', '紛失・盗難について'],
  ['exceptions', '例外（承認したリスク）について'],
  ['structure', '台帳の書き方・ファイルについて'],
  ['cross', '複数の施設の台帳をまたいだ確認（地域のネットワークで集めたとき）'],
];
const SEVERITY = { error: 'エラー', warning: '警告', info: '情報' };

/** The guide's list of findings, from the built program's catalogue. */
function rulesSection() {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'dokodemo-check.js'), 'rules', '-f', 'json', '--lang', 'ja'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`dokodemo-check rules: exit ${run.status}: ${run.stderr} (npm run build first)`);
  const rules = JSON.parse(run.stdout);
  const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['<!-- rules:start: written by scripts/guide.js from `dokodemo-check rules`; do not edit by hand -->'];
  for (const [category, title] of CATEGORIES) {
    const ofKind = rules.filter((rule) => rule.category === category);
    if (ofKind.length === 0) continue;
    lines.push('', `### ${title}`, '', '| ルール | 重大度 | 確認すること | すること |', '| --- | --- | --- | --- |');
    for (const rule of ofKind) lines.push(`| \`${rule.id}\` | ${SEVERITY[rule.severity] ?? rule.severity} | ${cell(rule.description)} | ${cell(rule.help)} |`);
  }
  const unknown = rules.filter((rule) => !CATEGORIES.some(([category]) => category === rule.category));
  if (unknown.length > 0) throw new Error(`scripts/guide.js: no heading for the category of ${unknown.map((rule) => rule.id).join(', ')}`);
  lines.push('', '<!-- rules:end -->');
  return lines.join('\n');
}

const RULES_PATTERN = /<!-- rules:start[^]*?<!-- rules:end -->/;

function withRules(markdown) {
  if (!RULES_PATTERN.test(markdown)) throw new Error('docs/ja/手引き.md has no <!-- rules:start --> … <!-- rules:end --> section');
  return markdown.replace(RULES_PATTERN, () => rulesSection());
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline markup: `code`, images, links, **bold**. `image(src)` gives the src to write. */
function inline(text, image) {
  const parts = text.split(/(`[^`]+`)/);
  return parts
    .map((part) => {
      if (/^`[^`]+`$/.test(part)) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      let html = escapeHtml(part).replace(/\\\|/g, '|');
      html = html.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt, src) => `<img src="${image(src)}" alt="${alt}">`);
      html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`);
      html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      return html;
    })
    .join('');
}

function splitRow(line) {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The subset of Markdown the guide uses, to HTML. */
function toHtml(markdown, image) {
  const lines = markdown.split('\n');
  const out = [];
  let index = 0;
  const isBlockStart = (line) => /^(#{1,6} |```|\s*[-*] |\s*\d+\. |\||> |<!--)/.test(line) || line.trim() === '';
  while (index < lines.length) {
    const line = lines[index];
    if (line.trim() === '') {
      index += 1;
    } else if (line.startsWith('<!--')) {
      while (index < lines.length && !lines[index].includes('-->')) index += 1;
      index += 1;
    } else if (/^#{1,6} /.test(line)) {
      const level = line.match(/^#+/)[0].length;
      const text = line.slice(level + 1).trim();
      out.push(`<h${level} id="${escapeHtml(text)}">${inline(text, image)}</h${level}>`);
      index += 1;
    } else if (line.startsWith('```')) {
      const body = [];
      index += 1;
      while (index < lines.length && !lines[index].startsWith('```')) body.push(lines[index++]);
      index += 1;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if (line.startsWith('|')) {
      const rows = [];
      while (index < lines.length && lines[index].startsWith('|')) rows.push(lines[index++]);
      const [head, , ...body] = rows;
      out.push('<table>', `<thead><tr>${splitRow(head).map((cell) => `<th>${inline(cell, image)}</th>`).join('')}</tr></thead>`, '<tbody>');
      for (const row of body) out.push(`<tr>${splitRow(row).map((cell) => `<td>${inline(cell, image)}</td>`).join('')}</tr>`);
      out.push('</tbody></table>');
    } else if (line.startsWith('> ')) {
      const body = [];
      while (index < lines.length && lines[index].startsWith('>')) body.push(lines[index++].replace(/^> ?/, ''));
      out.push(`<blockquote>${toHtml(body.join('\n'), image)}</blockquote>`);
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      index = list(lines, index, out, image);
    } else {
      const body = [];
      while (index < lines.length && !isBlockStart(lines[index])) body.push(lines[index++].trim());
      if (body.length === 0) body.push(lines[index++].trim());
      const html = inline(body.join('\n'), image);
      out.push(/^<img [^>]*>$/.test(html) ? `<figure>${html}<figcaption>${escapeHtml(body.join(' ').match(/!\[([^\]]*)\]/)[1])}</figcaption></figure>` : `<p>${html}</p>`);
    }
  }
  return out.join('\n');
}

/** A list from `start`, items and their continuation lines, nested lists by indentation. */
function list(lines, start, out, image) {
  const indent = lines[start].match(/^\s*/)[0].length;
  const ordered = /^\s*\d+\. /.test(lines[start]);
  out.push(ordered ? '<ol>' : '<ul>');
  let index = start;
  while (index < lines.length) {
    const line = lines[index];
    const marker = line.match(/^(\s*)([-*]|\d+\.) (.*)$/);
    if (!marker || marker[1].length !== indent) break;
    const body = [marker[3]];
    index += 1;
    const nested = [];
    while (index < lines.length && lines[index].trim() !== '') {
      const next = lines[index];
      const nextMarker = next.match(/^(\s*)([-*]|\d+\.) /);
      if (nextMarker && nextMarker[1].length === indent) break;
      if (nextMarker && nextMarker[1].length > indent) {
        index = list(lines, index, nested, image);
        continue;
      }
      if (next.match(/^\s*/)[0].length <= indent && !/^\s/.test(next)) break;
      body.push(next.trim());
      index += 1;
    }
    out.push(`<li>${inline(body.join('\n'), image)}${nested.join('\n')}</li>`);
    if (index < lines.length && lines[index].trim() === '' && index + 1 < lines.length) {
      const after = lines[index + 1].match(/^(\s*)([-*]|\d+\.) /);
      if (after && after[1].length === indent) index += 1;
    }
  }
  out.push(ordered ? '</ol>' : '</ul>');
  return index;
}

const STYLE = `
@page { size: A4; margin: 16mm 15mm 16mm 15mm; }
body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; font-size: 10.5pt; line-height: 1.65; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 20pt; border-bottom: 3px solid #1f5f99; padding-bottom: 4px; }
h2 { font-size: 15pt; border-left: 6px solid #1f5f99; padding-left: 8px; margin-top: 1.6em; break-after: avoid; }
h3 { font-size: 12pt; margin-top: 1.2em; break-after: avoid; }
h2.page { break-before: page; }
code { font-family: "Noto Sans Mono CJK JP", monospace; font-size: 9pt; background: #f2f2f2; padding: 0 2px; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: 6px 8px; white-space: pre-wrap; break-inside: avoid; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 0.5em 0; }
th, td { border: 1px solid #bbb; padding: 2px 4px; vertical-align: top; text-align: left; }
th { background: #e6eef6; }
th:nth-child(2), td:nth-child(2) { white-space: nowrap; }
td:nth-child(3) { width: 32%; }
td:first-child code { font-size: 8pt; }
tr { break-inside: avoid; }
figure { margin: 0.6em 0; break-inside: avoid; }
figure img { max-width: 100%; border: 1px solid #bbb; }
figcaption { font-size: 8.5pt; color: #555; }
blockquote { border-left: 4px solid #e0a800; background: #fff8e1; margin: 0.6em 0; padding: 2px 10px; }
`;

/** The guide as one HTML file, its pictures inline as data: URIs. */
function buildHtml(markdown) {
  const base = dirname(GUIDE);
  const image = (src) => {
    if (/^[a-z]+:/.test(src)) return src;
    return `data:image/png;base64,${readFileSync(join(base, src)).toString('base64')}`;
  };
  const title = markdown.match(/^# (.*)$/m)?.[1] ?? '手引き';
  const body = toHtml(markdown, image).replace(/<h2 /g, (match, offset, all) => (all.lastIndexOf('<h2 ', offset - 1) === -1 ? match : '<h2 class="page" '));
  return `<!doctype html>\n<html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

function printPdf(html, pdf) {
  const work = mkdtempSync(join(tmpdir(), 'dokodemo-guide-'));
  try {
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { stdio: 'ignore', timeout: 120_000 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const markdown = withRules(readFileSync(GUIDE, 'utf8'));
  writeFileSync(GUIDE, markdown);
  mkdirSync(OUT, { recursive: true });
  const html = join(OUT, '手引き.html');
  writeFileSync(html, buildHtml(markdown));
  console.log(`wrote ${relative(ROOT, html)}`);
  if (process.argv.includes('--no-pdf')) return;
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} for the PDF (apt-get install chromium, or --no-pdf)`);
  const pdf = join(OUT, '手引き.pdf');
  printPdf(html, pdf);
  console.log(`wrote ${relative(ROOT, pdf)}`);
}

module.exports = { rulesSection, RULES_PATTERN, toHtml, buildHtml, printPdf };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`guide: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
