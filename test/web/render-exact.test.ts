// The page's result view (src/web/render.ts) and what it prints (src/web/print.ts), in-process: the DOM is
// a stand-in written here (the project has no DOM library), which records what the modules build and
// writes it as markup, so that each test pins the whole view: elements, classes, ids, data attributes,
// roles and every text (ledger values go in as text, made inert).
import { today } from '../../src/dates';
import { renderHtml } from '../../src/reporters/html';
import type { DueItem, DueReport } from '../../src/due/report';
import type { ReportModel } from '../../src/report/model';
import type { PageCheck, PageReport } from '../../src/web/check';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { reportFile, reportFinding, reportModel, suppressedFinding } from '../helpers/report-model';

/** A text node, or an element with its attributes (as the page sets them) and children. */
class StandInText {
  constructor(readonly text: string) {}
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

class StandInElement {
  readonly attributes = new Map<string, string>();
  children: Array<StandInElement | StandInText> = [];
  readonly dataset: Record<string, string> = {};

  constructor(readonly tagName: string) {}

  set className(value: string) { this.attributes.set('class', value); }
  get className(): string { return this.attributes.get('class') ?? ''; }
  set id(value: string) { this.attributes.set('id', value); }
  get id(): string { return this.attributes.get('id') ?? ''; }
  set scope(value: string) { this.attributes.set('scope', value); }
  set type(value: string) { this.attributes.set('type', value); }
  set textContent(value: string) { this.children = [new StandInText(value)]; }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  /** Strings become text nodes (as the DOM's append makes them). */
  append(...nodes: Array<StandInElement | StandInText | string>): void {
    this.children.push(...nodes.map((node) => (typeof node === 'string' ? new StandInText(node) : node)));
  }

  toString(): string {
    const data = Object.entries(this.dataset).map(([key, value]) => [`data-${key.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`)}`, value]);
    const attributes = [...this.attributes, ...data].map(([name, value]) => ` ${name}="${value}"`).join('');
    const inner = this.children.map((child) => (child instanceof StandInText ? escapeText(child.text) : String(child))).join('');
    return this.tagName === '#fragment' ? inner : `<${this.tagName}${attributes}>${inner}</${this.tagName}>`;
  }
}

const standInDocument = {
  createElement: (tag: string) => new StandInElement(tag),
  createDocumentFragment: () => new StandInElement('#fragment'),
  importNode: (node: unknown, deep: boolean) => ({ imported: node, deep }),
};

const parsed: string[] = [];

class StandInParser {
  parseFromString(markup: string, type: string) {
    parsed.push(`${type}:${markup}`);
    return { querySelector: (selector: string) => (selector === 'main' ? { main: markup.length } : null) };
  }
}

const globals = globalThis as Record<string, unknown>;

beforeEach(() => {
  globals.document = standInDocument;
  globals.DOMParser = StandInParser;
  parsed.length = 0;
});

afterEach(() => {
  delete globals.document;
  delete globals.DOMParser;
});

const render = freshFunctionsPerTest(() => require('../../src/web/render') as typeof import('../../src/web/render'));
const print = freshFunctionsPerTest(() => require('../../src/web/print') as typeof import('../../src/web/print'));

const markup = (node: unknown) => String(node);

const EN_FULL = [
      '<section class="card summary"><h2>Result</h2><p class="verdict verdict-findings">⚠ 3 problems (1 error, 1 warning, 1 info), 1 suppressed</p><p class="chips"><span class="chip chip-error"><strong>1</strong> error</span><span class="chip chip-warning"><strong>1</strong> warning</span><span class="chip chip-info"><strong>1</strong> info</span><span class="chip chip-suppressed"><strong>1</strong> suppressed</span></p><dl class="facts"><dt>File</dt><dd><code>clinic.yaml</code></dd><dt>Facility</dt><dd>さくら\\u202e</dd><dt>Configuration</dt><dd>.dokodemo-check.yaml</dd><dt>Rules turned off</dt><dd>a-rule, b-rule</dd></dl></section>',
      '<section class="card copies" id="copies"><h2>Save a copy</h2>',
      '<div class="copy"><button type="button" id="save-marked" data-save="marked">Save the marked workbook</button><p class="hint">Saves a copy of the ledger’s workbook with each finding’s cell coloured and noted, and a first sheet listing the findings (for this result’s day, configuration and language). The original file stays as it is.</p></div>',
      '<div class="copy"><button type="button" id="save-tidy" data-save="tidy">Save a tidied copy</button><p class="hint">Saves a copy with only the repairs that keep the meaning: 〇/× and the like, era and text dates, full-width letters and digits, near misses of a dropdown’s labels, spaces around values. The original file stays as it is.</p><h3>What the tidy copy repairs (2)</h3><ul class="repairs" id="repairs"><li><code>clinic.yaml:3:5</code> 〇 → true</li><li><code>clinic.yaml:9:1</code> Ｘ → X</li></ul></div><p class="copy-status" id="copy-status" role="status"></p></section>',
      '<section class="card"><h2 id="findings-heading">Findings (4)</h2><div class="table-scroll"><table class="data findings" id="findings" aria-labelledby="findings-heading"><thead>',
      '<tr><th scope="col">Severity</th><th scope="col">Line:Col</th><th scope="col">Target</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>',
      '<tr data-rule="antivirus" data-path="/devices/0/security/antivirus" data-severity="error"><td class="nowrap"><span class="sev sev-error">error</span></td><td class="num">12:5</td><td class="target">PC-01</td><td class="nowrap"><code>antivirus</code></td><td class="message">Install antivirus software on PC-01</td></tr>',
      '<tr data-rule="password-age" data-path="/users/1/password" data-severity="warning"><td class="nowrap"><span class="sev sev-warning">warning</span></td><td class="num">20:3</td><td class="target">—</td><td class="nowrap"><code>password-age</code></td><td class="message">Change &lt;it&gt;</td></tr>',
      '<tr class="suppressed" data-rule="x-rule" data-path="/devices/2" data-severity="info" data-suppressed="true"><td class="nowrap"><span class="sev sev-suppressed">suppressed (info)</span></td><td class="num">30:1</td><td class="target">PC-01</td><td class="nowrap"><code>x-rule</code></td><td class="message">Install antivirus software on PC-01<span class="suppression">suppressed: VPN only (until 2027-03-31)</span></td></tr>',
      '<tr data-rule="i-rule" data-path="/users/0" data-severity="info"><td class="nowrap"><span class="sev sev-info">info</span></td><td class="num">4:9</td><td class="target">田中</td><td class="nowrap"><code>i-rule</code></td><td class="message">Install antivirus software on PC-01</td></tr></tbody></table></div></section>',
      '<section class="card"><h2 id="due-heading">Due list (overdue and due within 30 days)</h2><p class="due-summary overdue">5 items overdue or due within 30 days (2 overdue)</p><div class="table-scroll"><table class="data due" id="due" aria-labelledby="due-heading"><thead>',
      '<tr><th scope="col">Due</th><th scope="col">Left</th><th scope="col">Target</th><th scope="col">To do</th></tr></thead><tbody>',
      '<tr data-due-kind="mcs-password" data-due-path="/users/1/password" data-overdue="true"><td class="nowrap num">2026-11-21</td><td class="nowrap left-overdue">overdue by 3 days</td><td class="target">田中</td><td class="message">Change it</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on" data-overdue="true"><td class="nowrap num">2026-11-24</td><td class="nowrap left-overdue">overdue</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on"><td class="nowrap num">2026-11-24</td><td class="nowrap left-soon">due today</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on"><td class="nowrap num">2026-12-01</td><td class="nowrap left-soon">in 7 days</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on"><td class="nowrap num">2026-12-02</td><td class="nowrap left-later">in 8 days</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr></tbody></table></div></section>',
    ].join('');

const JA_FULL = [
      '<section class="card summary"><h2>結果</h2><p class="verdict verdict-findings">⚠ 3 件 (エラー 1, 警告 1, 情報 1), 抑止 1</p><p class="chips"><span class="chip chip-error"><strong>1</strong> エラー</span><span class="chip chip-warning"><strong>1</strong> 警告</span><span class="chip chip-info"><strong>1</strong> 情報</span><span class="chip chip-suppressed"><strong>1</strong> 抑止</span></p><dl class="facts"><dt>ファイル</dt><dd><code>clinic.yaml</code></dd><dt>施設</dt><dd>さくら\\u202e</dd><dt>設定</dt><dd>.dokodemo-check.yaml</dd><dt>無効にしたルール</dt><dd>a-rule, b-rule</dd></dl></section>',
      '<section class="card copies" id="copies"><h2>コピーを保存</h2>',
      '<div class="copy"><button type="button" id="save-marked" data-save="marked">指摘付きのブックを保存</button><p class="hint">台帳のブックのコピーに、指摘のあるセルの色とメモ、先頭に「指摘一覧」のシートを付けて保存します（基準日・設定・言語はこの結果のとおり）。元のファイルはそのままです。</p></div>',
      '<div class="copy"><button type="button" id="save-tidy" data-save="tidy">整形したコピーを保存</button><p class="hint">〇/×、和暦や文字の日付、全角の英数字、選択肢の表記ゆれ、前後の空白など、意味の変わらない直しだけをしたコピーを保存します。元のファイルはそのままです。</p><h3>整形で直せるもの（2 か所）</h3><ul class="repairs" id="repairs"><li><code>clinic.yaml:3:5</code> 〇 → true</li><li><code>clinic.yaml:9:1</code> Ｘ → X</li></ul></div><p class="copy-status" id="copy-status" role="status"></p></section>',
      '<section class="card"><h2 id="findings-heading">指摘 (4)</h2><div class="table-scroll"><table class="data findings" id="findings" aria-labelledby="findings-heading"><thead>',
      '<tr><th scope="col">重大度</th><th scope="col">行:列</th><th scope="col">対象</th><th scope="col">ルール</th><th scope="col">メッセージ</th></tr></thead><tbody>',
      '<tr data-rule="antivirus" data-path="/devices/0/security/antivirus" data-severity="error"><td class="nowrap"><span class="sev sev-error">エラー</span></td><td class="num">12:5</td><td class="target">PC-01</td><td class="nowrap"><code>antivirus</code></td><td class="message">Install antivirus software on PC-01</td></tr>',
      '<tr data-rule="password-age" data-path="/users/1/password" data-severity="warning"><td class="nowrap"><span class="sev sev-warning">警告</span></td><td class="num">20:3</td><td class="target">—</td><td class="nowrap"><code>password-age</code></td><td class="message">Change &lt;it&gt;</td></tr>',
      '<tr class="suppressed" data-rule="x-rule" data-path="/devices/2" data-severity="info" data-suppressed="true"><td class="nowrap"><span class="sev sev-suppressed">抑止 (情報)</span></td><td class="num">30:1</td><td class="target">PC-01</td><td class="nowrap"><code>x-rule</code></td><td class="message">Install antivirus software on PC-01<span class="suppression">抑止: VPN only（2027-03-31 まで）</span></td></tr>',
      '<tr data-rule="i-rule" data-path="/users/0" data-severity="info"><td class="nowrap"><span class="sev sev-info">情報</span></td><td class="num">4:9</td><td class="target">田中</td><td class="nowrap"><code>i-rule</code></td><td class="message">Install antivirus software on PC-01</td></tr></tbody></table></div></section>',
      '<section class="card"><h2 id="due-heading">期限の一覧（期限切れと 30 日以内）</h2><p class="due-summary overdue">期限切れ・30 日以内の期限 5 件（うち期限切れ 2 件）</p><div class="table-scroll"><table class="data due" id="due" aria-labelledby="due-heading"><thead>',
      '<tr><th scope="col">期限</th><th scope="col">残り</th><th scope="col">対象</th><th scope="col">すること</th></tr></thead><tbody>',
      '<tr data-due-kind="mcs-password" data-due-path="/users/1/password" data-overdue="true"><td class="nowrap num">2026-11-21</td><td class="nowrap left-overdue">期限切れ 3 日</td><td class="target">田中</td><td class="message">Change it</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on" data-overdue="true"><td class="nowrap num">2026-11-24</td><td class="nowrap left-overdue">期限切れ</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on"><td class="nowrap num">2026-11-24</td><td class="nowrap left-soon">今日まで</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on"><td class="nowrap num">2026-12-01</td><td class="nowrap left-soon">あと 7 日</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on"><td class="nowrap num">2026-12-02</td><td class="nowrap left-later">あと 8 日</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr></tbody></table></div></section>',
    ].join('');

const WORKBOOK_INVALID = [
      '<section class="card summary"><h2>Result</h2><p class="verdict verdict-findings">⚠ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed</p><p class="chips"><span class="chip chip-error"><strong>1</strong> error</span><span class="chip chip-warning chip-zero"><strong>0</strong> warning</span><span class="chip chip-info chip-zero"><strong>0</strong> info</span><span class="chip chip-suppressed chip-zero"><strong>0</strong> suppressed</span></p><dl class="facts"><dt>File</dt><dd><code>book.xlsx</code></dd><dt>Configuration</dt><dd>none (built-in defaults)</dd></dl></section>',
      '<section class="card copies" id="copies"><h2>Save a copy</h2>',
      '<div class="copy"><button type="button" id="save-tidy" data-save="tidy">Save a tidied copy</button><p class="hint">Saves a copy with only the repairs that keep the meaning: 〇/× and the like, era and text dates, full-width letters and digits, near misses of a dropdown’s labels, spaces around values. The original file stays as it is.</p><h3>What the tidy copy repairs (1)</h3><ul class="repairs" id="repairs"><li><code>Users!B3</code> x → y</li></ul></div><p class="copy-status" id="copy-status" role="status"></p></section>',
      '<section class="card"><h2 id="findings-heading">Findings (1)</h2><div class="table-scroll"><table class="data findings" id="findings" aria-labelledby="findings-heading"><thead>',
      '<tr><th scope="col">Severity</th><th scope="col">Sheet!Cell</th><th scope="col">Target</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>',
      '<tr data-rule="antivirus" data-path="/devices/0/security/antivirus" data-severity="error"><td class="nowrap"><span class="sev sev-error">error</span></td><td class="num">Users!B3</td><td class="target">PC-01</td><td class="nowrap"><code>antivirus</code></td><td class="message">Install antivirus software on PC-01</td></tr></tbody></table></div></section>',
      '<section class="card"><h2 id="due-heading">Due list (overdue and due within 30 days)</h2><p class="notice">The ledger book.xlsx has 2 format problems, so its deadlines cannot be listed: check it with dokodemo-check and fix it</p></section>',
    ].join('');

const WORKBOOK_MARKED = [
      '<section class="card summary"><h2>Result</h2><p class="verdict verdict-findings">⚠ 1 problem (1 error, 0 warnings, 0 info), 0 suppressed</p><p class="chips"><span class="chip chip-error"><strong>1</strong> error</span><span class="chip chip-warning chip-zero"><strong>0</strong> warning</span><span class="chip chip-info chip-zero"><strong>0</strong> info</span><span class="chip chip-suppressed chip-zero"><strong>0</strong> suppressed</span></p><dl class="facts"><dt>File</dt><dd><code>book.xlsx</code></dd><dt>Configuration</dt><dd>none (built-in defaults)</dd></dl></section>',
      '<section class="card copies" id="copies"><h2>Save a copy</h2>',
      '<div class="copy"><button type="button" id="save-marked" data-save="marked">Save the marked workbook</button><p class="hint">Saves a copy of the ledger’s workbook with each finding’s cell coloured and noted, and a first sheet listing the findings (for this result’s day, configuration and language). The original file stays as it is.</p></div><p class="copy-status" id="copy-status" role="status"></p></section>',
      '<section class="card"><h2 id="findings-heading">Findings (1)</h2><div class="table-scroll"><table class="data findings" id="findings" aria-labelledby="findings-heading"><thead>',
      '<tr><th scope="col">Severity</th><th scope="col">Sheet!Cell</th><th scope="col">Target</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>',
      '<tr data-rule="antivirus" data-path="/devices/0/security/antivirus" data-severity="error"><td class="nowrap"><span class="sev sev-error">error</span></td><td class="num">Users!B3</td><td class="target">PC-01</td><td class="nowrap"><code>antivirus</code></td><td class="message">Install antivirus software on PC-01</td></tr></tbody></table></div></section>',
      '<section class="card"><h2 id="due-heading">Due list (overdue and due within 30 days)</h2><p class="due-summary">1 item overdue or due within 30 days (0 overdue)</p><div class="table-scroll"><table class="data due" id="due" aria-labelledby="due-heading"><thead>',
      '<tr><th scope="col">Due</th><th scope="col">Left</th><th scope="col">Target</th><th scope="col">To do</th></tr></thead><tbody>',
      '<tr data-due-kind="ledger-review" data-due-path="/devices/0/reviewed_on"><td class="nowrap num">2026-12-01</td><td class="nowrap left-soon">in 1 day</td><td class="target">PC-01</td><td class="message">Review PC-01</td></tr></tbody></table></div></section>',
    ].join('');

function dueItem(overrides: Partial<DueItem> = {}): DueItem {
  return {
    file: 'clinic.yaml', facility: 'さくら', due: '2026-12-01', kind: 'ledger-review', target: 'PC-01', targetLabel: 'PC-01',
    path: '/devices/0/reviewed_on', line: 3, column: 7, overdue: false, daysLeft: 7, message: 'Review PC-01', uid: '', group: { key: 'PC-01', kind: 'device', order: 0 },
    ...overrides,
  };
}

function dueReport(items: DueItem[], invalid: ReportModel = reportModel([]), within = 30, lang: 'ja' | 'en' = 'en'): DueReport {
  return { tool: { name: 'dokodemo-check', version: '1.2.3' }, asOf: '2026-11-24', within, lang, items, invalid, complete: true };
}

function pageReport(model: ReportModel, due: DueReport, copies: PageReport['copies'] = { marked: false, repairs: [] }): PageReport {
  return { status: model.summary.error + model.summary.warning + model.summary.info > 0 ? 'findings' : 'ok', model, due, copies };
}

describe('the result view (render.ts)', () => {
  it('a cancelled check: one status line, in the chosen language', () => {
    const check: PageCheck = { status: 'cancelled', message: { ja: 'キャンセル: a', en: 'cancelled: a<b>' } };
    expect(markup(render.renderCheck(check, 'en'))).toBe('<p class="cancelled-box" role="status">cancelled: a&lt;b&gt;</p>');
    expect(markup(render.renderCheck(check, 'ja'))).toBe('<p class="cancelled-box" role="status">キャンセル: a</p>');
  });

  it('a check that could not run: one alert, the value made inert', () => {
    const check: PageCheck = { status: 'error', message: { ja: '読めません: \u202ea', en: 'cannot read: \x1ba' } };
    expect(markup(render.renderCheck(check, 'en'))).toBe('<div class="error-box" role="alert"><strong>Error: </strong>cannot read: \\x1ba</div>');
    expect(markup(render.renderCheck(check, 'ja'))).toBe('<div class="error-box" role="alert"><strong>エラー: </strong>読めません: \\u202ea</div>');
  });

  it('a clean ledger: the summary, no findings, nothing due, no copies', () => {
    const model = reportModel([reportFile('clean.yaml', [])]);
    expect(markup(render.renderCheck(pageReport(model, dueReport([], reportModel([]), 14)), 'en'))).toBe([
      '<section class="card summary"><h2>Result</h2><p class="verdict verdict-ok">✓ No problems found</p>',
      '<p class="chips"><span class="chip chip-error chip-zero"><strong>0</strong> error</span>',
      '<span class="chip chip-warning chip-zero"><strong>0</strong> warning</span>',
      '<span class="chip chip-info chip-zero"><strong>0</strong> info</span>',
      '<span class="chip chip-suppressed chip-zero"><strong>0</strong> suppressed</span></p>',
      '<dl class="facts"><dt>File</dt><dd><code>clean.yaml</code></dd><dt>Configuration</dt><dd>none (built-in defaults)</dd></dl></section>',
      '<section class="card"><h2 id="findings-heading">Findings (0)</h2><p class="muted">No findings.</p></section>',
      '<section class="card"><h2 id="due-heading">Due list (overdue and due within 14 days)</h2><p class="muted">Nothing is overdue or due within 14 days</p></section>',
    ].join(''));
  });
});

describe('the result view of a report (render.ts)', () => {
  const findings = () => [
    reportFinding(),
    reportFinding({ severity: 'warning', ruleId: 'password-age', path: '/users/1/password', line: 20, column: 3, targetLabel: undefined, message: 'Change <it>' }),
    suppressedFinding({ severity: 'info', ruleId: 'x-rule', path: '/devices/2', line: 30, column: 1 }),
    reportFinding({ severity: 'info', ruleId: 'i-rule', path: '/users/0', line: 4, column: 9, targetLabel: '田中' }),
  ];
  const file = () => reportFile('clinic.yaml', findings(), { config: '.dokodemo-check.yaml', disabledRules: ['a-rule', 'b-rule'], inventory: { facility: 'さくら\u202e', users: [], devices: [] } });
  // Overdue by days and due today (overdue), due today, in 7 days (soon) and in 8 (later).
  const items = () => [
    dueItem({ overdue: true, daysLeft: -3, due: '2026-11-21', kind: 'mcs-password', path: '/users/1/password', targetLabel: '田中', message: 'Change it' }),
    dueItem({ overdue: true, daysLeft: 0, due: '2026-11-24' }),
    dueItem({ daysLeft: 0, due: '2026-11-24' }),
    dueItem({ daysLeft: 7 }),
    dueItem({ daysLeft: 8, due: '2026-12-02' }),
  ];
  const copies = () => ({ marked: true, repairs: [{ at: 'clinic.yaml:3:5', before: '〇', after: 'true' }, { at: 'clinic.yaml:9:1', before: 'Ｘ', after: 'X' }] });
  const workbook = () => reportFile('book.xlsx', [reportFinding({ sheet: 'Users', cell: 'B3', line: null, column: null })]);

  it('every part, in English: facts, chips, both copies with the repairs, each kind of finding row, each urgency of a due row', () => {
    expect(markup(render.renderCheck(pageReport(reportModel([file()]), dueReport(items()), copies()), 'en'))).toBe(EN_FULL);
  });

  it('every part, in Japanese', () => {
    expect(markup(render.renderCheck(pageReport(reportModel([file()], 'ja'), dueReport(items(), reportModel([]), 30, 'ja'), copies()), 'ja'))).toBe(JA_FULL);
  });

  it('a workbook: findings by sheet and cell; only the tidy copy; a ledger with format problems has a notice, not its due items', () => {
    const invalid = reportModel([reportFile('book.xlsx', [reportFinding({ ruleId: 'schema' }), reportFinding()])]);
    const check = pageReport(reportModel([workbook()]), dueReport([dueItem()], invalid), { marked: false, repairs: [{ at: 'Users!B3', before: 'x', after: 'y' }] });
    expect(markup(render.renderCheck(check, 'en'))).toBe(WORKBOOK_INVALID);
  });

  it('only the marked copy; a due list with nothing overdue', () => {
    const check = pageReport(reportModel([workbook()]), dueReport([dueItem({ daysLeft: 1 })]), { marked: true, repairs: [] });
    expect(markup(render.renderCheck(check, 'en'))).toBe(WORKBOOK_MARKED);
  });

  it('findings of two severities whose counts cancel out are not a clean result (1 error and 1 warning; 1 error and 1 info)', () => {
    for (const second of ['warning', 'info'] as const) {
      const model = reportModel([reportFile('a.yaml', [reportFinding(), reportFinding({ severity: second })])]);
      const shown = markup(render.renderCheck(pageReport(model, dueReport([])), 'en'));
      expect(shown).toContain(second === 'warning'
        ? '<p class="verdict verdict-findings">⚠ 2 problems (1 error, 1 warning, 0 info), 0 suppressed</p>'
        : '<p class="verdict verdict-findings">⚠ 2 problems (1 error, 0 warnings, 1 info), 0 suppressed</p>');
    }
  });

  it('the verdict: the counts, or no problems only when nothing at all was found (a suppressed finding is one)', () => {
    expect(render.verdict(reportModel([file()]), 'en')).toBe('3 problems (1 error, 1 warning, 1 info), 1 suppressed');
    expect(render.verdict(reportModel([reportFile('a.yaml', [suppressedFinding()])]), 'ja')).toBe('0 件 (エラー 0, 警告 0, 情報 0), 抑止 1');
    expect(render.verdict(reportModel([reportFile('a.yaml', [])]), 'ja')).toBe('問題はありません');
  });
});

describe('what the page prints (print.ts)', () => {
  it('before a report: a line saying what will print, in the chosen language', () => {
    expect(markup(print.printCopy(undefined, 'en'))).toBe('<p>Check a ledger and its audit report prints here.</p>');
    expect(markup(print.printCopy({ status: 'error', message: { ja: 'x', en: 'x' } }, 'ja'))).toBe('<p>台帳を確認すると、ここに監査レポートが印刷されます。</p>');
    expect(print.printTitle(undefined)).toBeUndefined();
    expect(print.printTitle({ status: 'cancelled', message: { ja: 'x', en: 'x' } })).toBeUndefined();
    expect(parsed).toEqual([]);
  });
});

describe('what the page prints: a report (print.ts)', () => {
  it('the HTML report of the model, dated today, its <main> taken over whole', () => {
    const model = reportModel([reportFile('clinic.yaml', [reportFinding()])]);
    const check = pageReport(model, dueReport([]));
    expect(print.printCopy(check, 'ja')).toEqual({ imported: { main: renderHtml(model, { generatedOn: today() }).length }, deep: true });
    expect(parsed).toEqual([`text/html:${renderHtml(model, { generatedOn: today() })}`]);
    expect(parsed[0]).toContain(`<main`);
    expect(parsed[0]).toContain(today());
  });

  it('the title: the file (made inert), the report\'s title in the report\'s language, the day', () => {
    const model = reportModel([reportFile('clinic\u202e.yaml', [])], 'ja');
    expect(print.printTitle(pageReport(model, dueReport([])))).toBe('clinic\\u202e.yaml — どこでも連絡帳 管理台帳 監査レポート (2026-11-24)');
    expect(print.printTitle(pageReport(reportModel([reportFile('b.xlsx', [reportFinding()])], 'en'), dueReport([])))).toBe('b.xlsx — どこでも連絡帳 ledger audit report (2026-11-24)');
  });
});
