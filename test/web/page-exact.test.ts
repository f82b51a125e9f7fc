// The page's controller (src/web/page.ts) in-process, exactly: a stand-in DOM (written here, as in
// render-exact; the project has no DOM library) holds the elements page.html gives it, a stand-in runner
// answers each check and copy when the test says, and the result view and print copy stand in as one line
// each (render-exact pins them). Each test loads page.ts afresh, so that its counters start at zero and
// coverage per test counts it; each pins what the page shows after each step: every control, the status
// line, the result's data attributes, the print copy, the copies saved.
import type { CopyKind, PageCheck, PageCopy, PageOptions, PageReport } from '../../src/web/check';
import type { LedgerFile } from '../../src/web/runner';
import { fresh } from '../helpers/fresh';

// ---- the stand-in DOM ----------------------------------------------------------------------------------

class StandInText {
  constructor(readonly text: string) {}
}

type Child = StandInElement | StandInText;
type Listener = (event: Record<string, unknown>) => void;

class StandInElement {
  id = '';
  className = '';
  hidden = false;
  disabled = false;
  value = '';
  accept = '';
  type = '';
  href = '';
  download = '';
  files: unknown = undefined;
  clicks = 0;
  parent?: StandInElement;
  readonly dataset: Record<string, string> = {};
  readonly attributes = new Map<string, string>();
  readonly classes = new Set<string>();
  readonly classList = {
    add: (name: string) => this.classes.add(name),
    remove: (name: string) => this.classes.delete(name),
  };
  readonly listeners = new Map<string, Listener[]>();
  children: Child[] = [];

  constructor(readonly tagName: string) {}

  get textContent(): string {
    return this.children.map((child) => (child instanceof StandInText ? child.text : child.textContent)).join('');
  }

  set textContent(value: string) {
    this.children = [new StandInText(String(value))];
  }

  replaceChildren(...nodes: Array<Child | string>): void {
    this.children = nodes.map((node) => (typeof node === 'string' ? new StandInText(node) : node));
    for (const child of this.children) if (child instanceof StandInElement) child.parent = this;
  }

  append(...nodes: Child[]): void {
    this.replaceChildren(...this.children, ...nodes);
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  removeAttribute(name: string): void {
    if (name.startsWith('data-')) delete this.dataset[name.slice(5).replace(/-([a-z])/g, (_all, letter: string) => letter.toUpperCase())];
    else this.attributes.delete(name);
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  dispatch(type: string, event: Record<string, unknown> = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  click(): void {
    this.clicks++;
  }

  /** The selectors the page asks for: `#id` and `button[data-save]`. */
  matches(selector: string): boolean {
    if (selector.startsWith('#')) return this.id === selector.slice(1);
    if (selector === 'button[data-save]') return this.tagName === 'button' && 'save' in this.dataset;
    throw new Error(`selector not stood in for: ${selector}`);
  }

  closest(selector: string): StandInElement | null {
    for (let node: StandInElement | undefined = this; node; node = node.parent) if (node.matches(selector)) return node;
    return null;
  }

  querySelector(selector: string): StandInElement | null {
    for (const child of this.children) {
      if (!(child instanceof StandInElement)) continue;
      if (child.matches(selector)) return child;
      const inner = child.querySelector(selector);
      if (inner) return inner;
    }
    return null;
  }

  toString(): string {
    const data = Object.entries(this.dataset).map(([key, value]) => [`data-${key.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`)}`, value]);
    const own: Array<[string, string | boolean]> = [['id', this.id], ['class', this.className], ['hidden', this.hidden], ['disabled', this.disabled],
      ['href', this.href], ['download', this.download], ['type', this.type], ['accept', this.accept], ['value', this.value]];
    const attributes = [...own.filter(([, value]) => value !== '' && value !== false), ...this.attributes, ...data]
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`)).join('');
    const inner = this.children.map((child) => (child instanceof StandInText ? child.text : String(child))).join('');
    return `<${this.tagName}${attributes}>${inner}</${this.tagName}>`;
  }
}

const CONTROL_IDS = ['lang', 'ledger-file', 'drop-zone', 'as-of', 'within', 'config-name', 'config-choose', 'config-remove', 'print',
  'result', 'status', 'elapsed', 'cancel', 'report-view', 'print-report'] as const;

interface Page {
  element: (id: (typeof CONTROL_IDS)[number]) => StandInElement;
  words: StandInElement[];
  documentElement: { lang: string };
  created: StandInElement[];
  documentListeners: Map<string, Listener[]>;
  windowListeners: Map<string, Listener[]>;
  printed: number;
  document: { title: string };
}

let page: Page;

function standInPage(): Page {
  const elements = new Map<string, StandInElement>();
  for (const id of CONTROL_IDS) {
    const element = new StandInElement(id === 'cancel' || id === 'print' || id.startsWith('config-c') || id === 'config-remove' ? 'button' : 'div');
    element.id = id;
    elements.set(id, element);
  }
  elements.get('config-remove')!.hidden = true; // as page.html has it
  const words = ['privacy', 'progress', 'nothing-such', 'ledgerHint'].map((word) => {
    const node = new StandInElement('span');
    node.dataset.word = word;
    node.textContent = `(${word})`;
    return node;
  });
  const documentListeners = new Map<string, Listener[]>();
  const windowListeners = new Map<string, Listener[]>();
  const created: StandInElement[] = [];
  const result: Page = {
    element: (id) => elements.get(id)!,
    words,
    documentElement: { lang: '' },
    created,
    documentListeners,
    windowListeners,
    printed: 0,
    document: undefined as unknown as { title: string },
  };
  const document = {
    title: 'page.html',
    documentElement: result.documentElement,
    getElementById: (id: string) => elements.get(id) ?? null,
    querySelectorAll: (selector: string) => {
      if (selector !== '[data-word]') throw new Error(`selector not stood in for: ${selector}`);
      return words;
    },
    createElement: (tag: string) => {
      const element = new StandInElement(tag);
      created.push(element);
      return element;
    },
    addEventListener: (type: string, listener: Listener) => documentListeners.set(type, [...(documentListeners.get(type) ?? []), listener]),
  };
  result.document = document;
  globals.document = document;
  globals.window = {
    print: () => {
      result.printed++;
    },
    addEventListener: (type: string, listener: Listener) => windowListeners.set(type, [...(windowListeners.get(type) ?? []), listener]),
  };
  return result;
}

class StandInDataTransfer {
  readonly files: unknown[] = [];
  readonly items = { add: (file: unknown) => this.files.push(file) };
}

// ---- the stand-in runner, result view and print copy -----------------------------------------------------

interface Run {
  file: LedgerFile;
  options: PageOptions;
  onStage: (stage: 'reading' | 'checking' | 'making') => void;
  resolve: (outcome: { check: PageCheck; stopped: boolean }) => void;
}

interface Make {
  file: LedgerFile;
  options: PageOptions;
  kind: CopyKind;
  resolve: (outcome: { copy: PageCopy; stopped: boolean }) => void;
}

class MockRunner {
  static made: MockRunner[] = [];
  readonly log: string[] = [];
  readonly runs: Run[] = [];
  readonly makes: Make[] = [];
  cancels = false;
  thread: 'worker' | 'page' = 'worker';

  constructor(readonly script: string | undefined) {
    MockRunner.made.push(this);
  }

  warm(): void {
    this.log.push(`warm (listening: ${page.windowListeners.size > 0})`);
  }

  run(file: LedgerFile, options: PageOptions, onStage: Run['onStage']): Promise<{ check: PageCheck; stopped: boolean }> {
    this.log.push(`run ${file.name}`);
    return new Promise((resolve) => this.runs.push({ file, options, onStage, resolve }));
  }

  make(file: LedgerFile, options: PageOptions, kind: CopyKind): Promise<{ copy: PageCopy; stopped: boolean }> {
    this.log.push(`make ${kind} ${file.name}`);
    return new Promise((resolve) => this.makes.push({ file, options, kind, resolve }));
  }

  cancel(): boolean {
    this.log.push(`cancel → ${this.cancels}`);
    return this.cancels;
  }
}

function mockElement(tag: string, properties: Record<string, unknown>, ...children: StandInElement[]): StandInElement {
  const element = (globals.document as { createElement: (tag: string) => StandInElement }).createElement(tag);
  page.created.pop(); // not one the page made
  const { dataset, ...rest } = properties as { dataset?: Record<string, string> };
  element.replaceChildren(...children);
  Object.assign(element, rest);
  Object.assign(element.dataset, dataset ?? {});
  return element;
}

/** The result view: a report's copies card (its buttons and status line) and one line; else one line. */
function mockRenderCheck(check: PageCheck, lang: string): StandInElement {
  if (check.status !== 'error' && check.status !== 'cancelled') {
    const file = check.model.files[0]!.file;
    return mockElement('section', { className: 'view' },
      mockElement('section', { id: 'copies' },
        mockElement('button', { id: 'save-marked', dataset: { save: 'marked' }, textContent: 'marked' }),
        mockElement('button', { id: 'save-tidy', dataset: { save: 'tidy' }, textContent: 'tidy' }),
        mockElement('p', { id: 'copy-status', className: 'copy-status' })),
      mockElement('p', { textContent: `${check.status} ${file} ${lang}` }));
  }
  return mockElement('p', { className: 'box', textContent: `${check.status}: ${check.message[lang as 'ja' | 'en']}` });
}

jest.mock('../../src/web/runner', () => ({ CheckRunner: MockRunner }));
jest.mock('../../src/web/render', () => ({
  renderCheck: (check: PageCheck, lang: string) => mockRenderCheck(check, lang),
  verdict: (model: PageReport['model'], lang: string) => `verdict ${model.files[0]!.file} ${lang}`,
}));
jest.mock('../../src/web/print', () => ({
  printCopy: (check: PageCheck | undefined, lang: string) => mockElement('p', { textContent: `print ${check?.status ?? 'nothing'} ${lang}` }),
  printTitle: (check: PageCheck | undefined) => (check?.status === 'findings' ? `title ${check.model.files[0]!.file}` : undefined),
}));

// ---- setting up and driving the page ---------------------------------------------------------------------

const globals = globalThis as Record<string, unknown>;
const navigatorBefore = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
let objectUrls: string[];
let revoked: string[];

function setLanguage(language: string | undefined, search = ''): void {
  Object.defineProperty(globalThis, 'navigator', { value: { language }, configurable: true, writable: true });
  globals.location = { search };
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 24, 12, 0, 0) });
  MockRunner.made = [];
  page = standInPage();
  setLanguage('en-GB');
  globals.DataTransfer = StandInDataTransfer;
  objectUrls = [];
  revoked = [];
  jest.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    if (!(blob instanceof Blob)) throw new Error('a Blob only');
    const url = `blob:${objectUrls.length + 1} ${blob.type} ${blob.size}`;
    objectUrls.push(url);
    return url;
  });
  jest.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => {
    revoked.push(url);
  });
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
  delete globals.document;
  delete globals.window;
  delete globals.location;
  delete globals.DataTransfer;
  if (navigatorBefore) Object.defineProperty(globalThis, 'navigator', navigatorBefore);
  else delete globals.navigator;
});

/** Loads page.ts afresh and starts it. */
function start(script: string | null = 'the script'): MockRunner {
  const { startPage } = fresh(() => require('../../src/web/page') as typeof import('../../src/web/page'));
  startPage(script ?? undefined);
  return MockRunner.made.at(-1)!;
}

const el = (id: (typeof CONTROL_IDS)[number]) => page.element(id);

/** Lets the page's awaited steps (file reads, answers) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

interface StandInFile {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

function file(name: string, text = 'a: 1\n', size?: number): StandInFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer };
}

function unreadable(name: string): StandInFile {
  return { name, size: 4, arrayBuffer: () => Promise.reject(new Error('gone')) };
}

function chooseLedger(chosen: StandInFile): void {
  el('ledger-file').files = [chosen];
  el('ledger-file').dispatch('change');
}

function report(name = 'clinic.yaml', status: 'ok' | 'findings' = 'findings', asOf = '2026-11-20'): PageReport {
  return { status, model: { asOf, files: [{ file: name }] } as unknown as PageReport['model'], due: {} as PageReport['due'], copies: { marked: true, repairs: [] } };
}

/** What the page shows: every control and the result's attributes. */
function shown(): Record<string, unknown> {
  const result = el('result');
  return {
    status: String(el('status')),
    elapsed: String(el('elapsed')),
    cancel: el('cancel').hidden ? 'hidden' : 'shown',
    print: el('print').disabled ? 'disabled' : 'enabled',
    result: { ...Object.fromEntries(result.attributes), ...result.dataset },
    view: el('report-view').children.map(String).join(''),
    printReport: String(el('print-report')),
  };
}

const idle = (status: string, printReport = '<div id="print-report" data-ready="true"><p>print nothing en</p></div>') => ({
  status: `<div id="status">${status}</div>`,
  elapsed: '<div id="elapsed" hidden></div>',
  cancel: 'hidden',
  print: 'enabled',
  result: {},
  view: '',
  printReport,
});

// ---- the tests -------------------------------------------------------------------------------------------

describe('starting the page', () => {
  it('sets every control, the words in the language asked for, the print copy, then listens and warms the worker', () => {
    setLanguage('ja-JP', '?lang=en');
    const runner = start('script text');
    expect(runner.script).toBe('script text');
    expect(runner.log).toEqual(['warm (listening: true)']);
    expect(el('ledger-file').accept).toBe('.yaml,.yml,.xlsx');
    expect(el('as-of').value).toBe('2026-11-24');
    expect(el('within').value).toBe('30');
    expect(el('lang').value).toBe('en');
    expect(page.documentElement.lang).toBe('en');
    expect(page.document.title).toBe('どこでも連絡帳 ledger check');
    expect(page.words.map(String)).toEqual([
      '<span data-word="privacy">This page works offline. The ledger is checked on this PC only: it is never sent or stored anywhere.</span>',
      '<span data-word="progress">(progress)</span>',
      '<span data-word="nothing-such">(nothing-such)</span>',
      '<span data-word="ledgerHint">.yaml / .yml / .xlsx — or drag and drop it here</span>',
    ]);
    expect(String(el('config-name'))).toBe('<div id="config-name">none (built-in defaults)</div>');
    expect(el('config-remove').hidden).toBe(true);
    expect(shown()).toEqual({ ...idle('Choose a ledger file and the result appears here.'), print: 'enabled' });
    expect([...page.documentListeners.keys()]).toEqual(['dragover', 'dragleave', 'drop']);
    expect([...page.windowListeners.keys()]).toEqual(['beforeprint', 'afterprint']);
    expect(page.created).toEqual([]);
  });

  it.each([
    ['?lang=ja', 'en-US', 'ja'],
    ['?lang=en', 'ja', 'en'],
    ['?lang=fr', 'ja-JP', 'ja'],
    ['?lang=', 'JA', 'ja'],
    ['', 'ja', 'ja'],
    ['?x=1', 'en-US', 'en'],
    ['', 'fr-ja', 'en'],
    ['', '', 'en'],
    ['', undefined, 'en'],
  ])('search %j with the browser in %j: %s', (search, language, lang) => {
    setLanguage(language, search);
    start();
    expect(el('lang').value).toBe(lang);
    expect(page.documentElement.lang).toBe(lang);
    expect(el('status').textContent).toBe(lang === 'ja' ? '台帳ファイルを選ぶと、ここに結果が表示されます。' : 'Choose a ledger file and the result appears here.');
    expect(String(el('print-report'))).toBe(`<div id="print-report" data-ready="true"><p>print nothing ${lang}</p></div>`);
  });
});

describe('the waiting line', () => {
  it('follows the language switch while nothing is chosen; a result\'s line is not said again', async () => {
    setLanguage('en-US', '');
    const runner = start();
    expect(el('status').textContent).toBe('Choose a ledger file and the result appears here.');
    el('lang').value = 'ja';
    el('lang').dispatch('change');
    expect(el('status').textContent).toBe('台帳ファイルを選ぶと、ここに結果が表示されます。');
    el('lang').value = 'en';
    el('lang').dispatch('change');
    expect(el('status').textContent).toBe('Choose a ledger file and the result appears here.');
    expect(runner.runs.length).toBe(0);
    chooseLedger(file('clinic.yaml'));
    await settle();
    runner.runs[0]!.resolve({ check: { status: 'error', message: { ja: '読めません', en: 'unreadable' } } as never, stopped: true });
    await settle();
    // A stopped check forgets its ledger: the switch checks nothing, and the line stays empty.
    el('lang').value = 'ja';
    el('lang').dispatch('change');
    expect([runner.runs.length, el('status').textContent]).toEqual([1, '']);
  });
});

describe('checking a chosen ledger', () => {
  it('reads it, checks it, says each stage and the seconds, then shows the result and prepares the print copy after it', async () => {
    const runner = start();
    jest.advanceTimersByTime(10_000); // the page's clock is 10 s on when the file is chosen
    el('result').dataset.status = 'ok'; // the previous result's
    chooseLedger(file('clinic.yaml', 'devices: []\n'));
    expect(runner.log).toEqual(['warm (listening: true)', 'cancel → false']);
    expect(shown()).toEqual({
      ...idle('Reading… clinic.yaml'),
      cancel: 'shown',
      result: { 'aria-busy': 'true' },
    });
    await settle();
    expect(runner.runs.map((run) => [run.file.name, [...run.file.bytes].length, run.file.key, run.options])).toEqual([
      ['clinic.yaml', 12, 1, { asOf: '2026-11-24', config: { rules: {} }, lang: 'en', within: 30 }],
    ]);
    expect(new TextDecoder().decode(runner.runs[0]!.file.bytes)).toBe('devices: []\n');
    jest.advanceTimersByTime(999);
    expect(String(el('elapsed'))).toBe('<div id="elapsed" hidden></div>');
    runner.runs[0]!.onStage('checking');
    expect(String(el('status'))).toBe('<div id="status">Checking… clinic.yaml</div>');
    jest.advanceTimersByTime(1);
    expect(String(el('elapsed'))).toBe('<div id="elapsed">1 s</div>');
    jest.advanceTimersByTime(1999);
    expect(String(el('elapsed'))).toBe('<div id="elapsed">2 s</div>');
    jest.advanceTimersByTime(1);
    expect(String(el('elapsed'))).toBe('<div id="elapsed">3 s</div>');
    jest.advanceTimersByTime(400);
    runner.runs[0]!.resolve({ check: report(), stopped: false });
    await settle();
    const afterCheck = {
      status: '<div id="status"><span class="visually-hidden">verdict clinic.yaml en · </span>checked in 3400 ms</div>',
      elapsed: '<div id="elapsed" hidden>3 s</div>',
      cancel: 'hidden',
      print: 'enabled',
      result: { 'aria-busy': 'false', file: 'clinic.yaml', asOf: '2026-11-20', lang: 'en', elapsedMs: '3400', thread: 'worker', status: 'findings' },
      view: '<section class="view"><section id="copies"><button id="save-marked" data-save="marked">marked</button><button id="save-tidy" data-save="tidy">tidy</button><p id="copy-status" class="copy-status"></p></section><p>findings clinic.yaml en</p></section>',
      printReport: '<div id="print-report"><p>print nothing en</p></div>',
    };
    expect(shown()).toEqual(afterCheck);
    jest.advanceTimersByTime(0);
    expect(shown()).toEqual({ ...afterCheck, printReport: '<div id="print-report" data-ready="true"><p>print findings en</p></div>' });
    // The progress timer stopped with the check.
    jest.advanceTimersByTime(5000);
    expect(shown()).toEqual({ ...afterCheck, printReport: '<div id="print-report" data-ready="true"><p>print findings en</p></div>' });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('a result in Japanese, on the page thread, of a clean ledger, after a fraction of a millisecond', async () => {
    setLanguage('ja');
    const runner = start(null);
    runner.thread = 'page';
    chooseLedger(file('a.yaml'));
    expect(String(el('status'))).toBe('<div id="status">読み込み中… a.yaml</div>');
    await settle();
    runner.runs[0]!.onStage('checking');
    expect(String(el('status'))).toBe('<div id="status">確認中… a.yaml</div>');
    jest.advanceTimersByTime(0.4);
    runner.runs[0]!.resolve({ check: report('a.yaml', 'ok', '2026-01-02'), stopped: false });
    await settle();
    expect(runner.script).toBeUndefined();
    expect(shown()).toMatchObject({
      status: '<div id="status"><span class="visually-hidden">verdict a.yaml ja · </span>0 ms で確認</div>',
      result: { 'aria-busy': 'false', file: 'a.yaml', asOf: '2026-01-02', lang: 'ja', elapsedMs: '0', thread: 'page', status: 'ok' },
    });
  });

  it('a file that did not check: its message, no status line, nothing to print, the day as typed', async () => {
    const runner = start();
    chooseLedger(file('bad.yaml'));
    await settle();
    el('as-of').value = '2026-11-30'; // typed while it ran (the input events are not sent here)
    runner.runs[0]!.resolve({ check: { status: 'error', message: { ja: '読めません', en: 'cannot read' } }, stopped: false });
    await settle();
    jest.runOnlyPendingTimers();
    expect(shown()).toEqual({
      status: '<div id="status"></div>',
      elapsed: '<div id="elapsed" hidden></div>',
      cancel: 'hidden',
      print: 'disabled',
      result: { 'aria-busy': 'false', file: 'bad.yaml', asOf: '2026-11-30', lang: 'en', elapsedMs: '0', thread: 'worker', status: 'error' },
      view: '<p class="box">error: cannot read</p>',
      printReport: '<div id="print-report" data-ready="true"><p>print error en</p></div>',
    });
  });

  it('a file too large is refused before it is read', async () => {
    const runner = start();
    const big = file('big.xlsx', 'x', 64 * 1024 * 1024 + 1);
    big.arrayBuffer = () => {
      throw new Error('read');
    };
    chooseLedger(big);
    await settle();
    expect(runner.runs).toEqual([]);
    expect(shown()).toMatchObject({
      status: '<div id="status"></div>',
      cancel: 'hidden',
      print: 'disabled',
      result: { 'aria-busy': 'false', file: 'big.xlsx', status: 'error', elapsedMs: '0' },
      view: '<p class="box">error: file too large: big.xlsx (64 MB; the limit is 64 MB: split the ledger into one file per facility)</p>',
    });
    // Nothing is left to check again.
    el('as-of').value = '2026-11-25';
    el('as-of').dispatch('input');
    expect(runner.runs).toEqual([]);
    // Exactly at the limit, it is read.
    chooseLedger(file('limit.xlsx', 'x', 64 * 1024 * 1024));
    await settle();
    expect(runner.runs.map((run) => run.file.name)).toEqual(['limit.xlsx']);
  });

  it('a file that cannot be read: said in both languages; no ledger is left to check again', async () => {
    setLanguage('ja');
    const runner = start();
    chooseLedger(unreadable('gone.yaml'));
    await settle();
    expect(shown()).toMatchObject({
      status: '<div id="status"></div>',
      cancel: 'hidden',
      result: { 'aria-busy': 'false', file: 'gone.yaml', status: 'error', elapsedMs: '0', lang: 'ja' },
      view: '<p class="box">error: ファイルを読めません: gone.yaml</p>',
    });
    el('lang').value = 'en';
    el('lang').dispatch('change');
    expect(runner.runs).toEqual([]);
    expect(shown()).toMatchObject({ view: '<p class="box">error: ファイルを読めません: gone.yaml</p>', status: '<div id="status"></div>' });
    chooseLedger(unreadable('gone.yaml'));
    await settle();
    expect(shown()).toMatchObject({ view: '<p class="box">error: cannot read file: gone.yaml</p>' });
  });

  it('a read that ends after another file was chosen is dropped, failed or not; so is the earlier check', async () => {
    const runner = start();
    let fail!: (error: Error) => void;
    chooseLedger({ name: 'slow.yaml', size: 1, arrayBuffer: () => new Promise((_resolve, reject) => { fail = reject; }) });
    chooseLedger(file('second.yaml'));
    fail(new Error('late'));
    await settle();
    expect(runner.runs.map((run) => [run.file.name, run.file.key])).toEqual([['second.yaml', 2]]);
    expect(String(el('status'))).toBe('<div id="status">Reading… second.yaml</div>');
    let late!: () => void;
    const bytes = new Uint8Array([1]);
    chooseLedger({ name: 'third.yaml', size: 1, arrayBuffer: () => new Promise((resolve) => { late = () => resolve(bytes.buffer); }) });
    chooseLedger(file('fourth.yaml'));
    await settle();
    late();
    await settle();
    expect(runner.runs.map((run) => [run.file.name, run.file.key])).toEqual([['second.yaml', 2], ['fourth.yaml', 4]]);
    // second.yaml's stage and answer come after fourth.yaml was chosen: neither shows.
    runner.runs[0]!.onStage('checking');
    expect(String(el('status'))).toBe('<div id="status">Reading… fourth.yaml</div>');
    runner.runs[0]!.resolve({ check: report('second.yaml'), stopped: false });
    await settle();
    expect(shown()).toMatchObject({ cancel: 'shown', view: '', result: { 'aria-busy': 'true' } });
    expect(runner.log.filter((line) => line.startsWith('cancel'))).toEqual(['cancel → false', 'cancel → false', 'cancel → false', 'cancel → false']);
    runner.runs[1]!.resolve({ check: report('fourth.yaml'), stopped: false });
    await settle();
    expect(shown()).toMatchObject({ cancel: 'hidden', result: { file: 'fourth.yaml', status: 'findings' } });
  });

  it('a check of an earlier file that answers after the next file\'s check began never shows', async () => {
    const runner = start();
    chooseLedger(file('a.yaml'));
    await settle();
    chooseLedger(file('b.yaml'));
    await settle();
    expect(runner.runs.map((run) => run.file.name)).toEqual(['a.yaml', 'b.yaml']);
    runner.runs[0]!.onStage('checking');
    expect(String(el('status'))).toBe('<div id="status">Reading… b.yaml</div>');
    runner.runs[0]!.resolve({ check: report('a.yaml'), stopped: false });
    await settle();
    expect(shown()).toMatchObject({ cancel: 'shown', view: '', result: { 'aria-busy': 'true' } });
    runner.runs[1]!.onStage('checking');
    expect(String(el('status'))).toBe('<div id="status">Checking… b.yaml</div>');
  });

  it('a day made invalid while the file was read, after a configuration that does not read showed: no status is left', async () => {
    const runner = start();
    let read!: () => void;
    chooseLedger({ name: 'slow.yaml', size: 1, arrayBuffer: () => new Promise((resolve) => { read = () => resolve(new ArrayBuffer(1)); }) });
    el('as-of').value = 'soon';
    el('as-of').dispatch('input');
    el('config-choose').dispatch('click');
    page.created.at(-1)!.files = [file('bad.yaml', 'rules: [\n')];
    page.created.at(-1)!.dispatch('change');
    await settle();
    expect(shown()).toMatchObject({ result: { 'aria-busy': 'false', file: '', status: 'error' } });
    read();
    await settle();
    expect(runner.runs).toEqual([]);
    expect(shown()).toMatchObject({ status: '<div id="status">Enter the as-of day.</div>', result: { 'aria-busy': 'false', file: '' } });
    expect(el('result').dataset.status).toBeUndefined();
  });

  it('an empty choice does nothing', () => {
    const runner = start();
    el('ledger-file').files = [];
    el('ledger-file').dispatch('change');
    el('ledger-file').files = null;
    el('ledger-file').dispatch('change');
    expect(runner.log).toEqual(['warm (listening: true)']);
    expect(shown()).toEqual(idle('Choose a ledger file and the result appears here.'));
  });
});

describe('checking again', () => {
  async function checked(runner: MockRunner, name = 'clinic.yaml'): Promise<void> {
    chooseLedger(file(name));
    await settle();
    runner.runs.at(-1)!.resolve({ check: report(name, 'findings', el('as-of').value), stopped: false });
    await settle();
    jest.advanceTimersByTime(0);
  }

  it('a new day or due window checks again, once per value; an unchanged one does not', async () => {
    const runner = start();
    await checked(runner);
    for (const type of ['input', 'change']) {
      el('as-of').dispatch(type);
      el('within').dispatch(type);
    }
    expect(runner.runs.length).toBe(1);
    el('as-of').value = '2026-12-01';
    el('as-of').dispatch('change');
    expect(shown()).toMatchObject({ status: '<div id="status">Checking… clinic.yaml</div>', cancel: 'shown', result: { 'aria-busy': 'true', asOf: '2026-11-24' } });
    expect(runner.runs.length).toBe(2);
    expect(runner.runs[1]!.options).toEqual({ asOf: '2026-12-01', config: { rules: {} }, lang: 'en', within: 30 });
    expect(runner.runs[1]!.file).toBe(runner.runs[0]!.file);
    runner.runs[1]!.resolve({ check: report('clinic.yaml', 'findings', '2026-12-01'), stopped: false });
    await settle();
    el('as-of').dispatch('input');
    expect(runner.runs.length).toBe(2);
    for (const [within, asked] of [['7', 7], ['0', 0], ['-1', 30], ['', 30], ['12.5', 12], ['x', 30], ['1e3', 1]] as const) {
      el('within').value = within;
      el('within').dispatch('input');
      expect([within, runner.runs.at(-1)!.options.within]).toEqual([within, asked]);
      runner.runs.at(-1)!.resolve({ check: report('clinic.yaml', 'findings', '2026-12-01'), stopped: false });
      await settle();
      el('within').dispatch('change');
    }
    expect(runner.runs.length).toBe(9);
    // The day stays as checked when only the window changes, and the window when only the day does.
    el('as-of').value = '2026-12-02';
    el('as-of').dispatch('input');
    expect(runner.runs.length).toBe(10);
  });

  it('a day that is not one: says so, and no check runs', async () => {
    const runner = start();
    await checked(runner);
    el('as-of').value = '2026-02-30';
    el('as-of').dispatch('input');
    expect(runner.runs.length).toBe(1);
    expect(shown()).toMatchObject({
      status: '<div id="status">Enter the as-of day.</div>',
      cancel: 'hidden',
      elapsed: '<div id="elapsed" hidden></div>',
      result: { 'aria-busy': 'false', file: 'clinic.yaml', asOf: '2026-11-24', elapsedMs: '0' },
    });
    expect(jest.getTimerCount()).toBe(0);
    el('as-of').value = '2026-02-28';
    el('as-of').dispatch('input');
    expect(runner.runs.length).toBe(2);
  });

  it('a new language checks again in it; the switch reads en as English and anything else as Japanese', async () => {
    const runner = start();
    await checked(runner);
    el('lang').value = 'fr';
    el('lang').dispatch('change');
    expect(page.documentElement.lang).toBe('ja');
    expect(el('lang').value).toBe('ja');
    expect(String(el('status'))).toBe('<div id="status">確認中… clinic.yaml</div>');
    expect(runner.runs.at(-1)!.options.lang).toBe('ja');
    el('lang').value = 'en';
    el('lang').dispatch('change');
    expect(runner.runs.at(-1)!.options.lang).toBe('en');
    expect(runner.runs.length).toBe(3);
    // The running check's line follows the language.
    el('lang').value = 'ja';
    el('lang').dispatch('change');
    runner.runs.at(-1)!.onStage('reading');
    expect(String(el('status'))).toBe('<div id="status">読み込み中… clinic.yaml</div>');
  });

  it('a stopped check forgets the ledger: nothing checks again, and no copy is offered from it', async () => {
    const runner = start();
    chooseLedger(file('huge.xlsx'));
    el('ledger-file').value = 'C:\\fakepath\\huge.xlsx';
    await settle();
    runner.runs[0]!.resolve({ check: { status: 'cancelled', message: { ja: '止めました', en: 'stopped' } }, stopped: true });
    await settle();
    expect(el('ledger-file').value).toBe('');
    expect(shown()).toMatchObject({ view: '<p class="box">cancelled: stopped</p>', result: { status: 'cancelled' } });
    el('as-of').value = '2026-12-01';
    el('as-of').dispatch('input');
    el('lang').value = 'ja';
    el('lang').dispatch('change');
    expect(runner.runs.length).toBe(1);
  });

  it('a stopped check shows, but forgets only the ledger it was of', async () => {
    const runner = start();
    chooseLedger(file('a.yaml'));
    await settle();
    el('as-of').value = '2026-12-01';
    el('as-of').dispatch('input');
    el('ledger-file').value = 'C:\\fakepath\\a.yaml';
    runner.runs[0]!.resolve({ check: report('a.yaml'), stopped: true });
    await settle();
    // The first check no longer shows; the file is forgotten.
    expect(shown()).toMatchObject({ cancel: 'shown', view: '' });
    expect(el('ledger-file').value).toBe('');
    runner.runs[1]!.resolve({ check: report('a.yaml'), stopped: false });
    await settle();
    expect(shown()).toMatchObject({ cancel: 'hidden', result: { file: 'a.yaml' } });
  });

  it('a stopped check of a ledger no longer chosen leaves the new one', async () => {
    const runner = start();
    chooseLedger(file('a.yaml'));
    await settle();
    chooseLedger(file('b.yaml'));
    el('ledger-file').value = 'C:\\fakepath\\b.yaml';
    await settle();
    runner.runs[0]!.resolve({ check: report('a.yaml'), stopped: true });
    await settle();
    expect(el('ledger-file').value).toBe('C:\\fakepath\\b.yaml');
    runner.runs[1]!.resolve({ check: report('b.yaml'), stopped: false });
    await settle();
    el('within').value = '9';
    el('within').dispatch('input');
    expect(runner.runs.map((run) => run.file.name)).toEqual(['a.yaml', 'b.yaml', 'b.yaml']);
  });
});

describe('cancelling', () => {
  it('while the file is still read: the read is dropped and the check said cancelled', async () => {
    const runner = start();
    let read!: () => void;
    chooseLedger({ name: 'slow.xlsx', size: 1, arrayBuffer: () => new Promise((resolve) => { read = () => resolve(new ArrayBuffer(1)); }) });
    el('ledger-file').value = 'C:\\fakepath\\slow.xlsx';
    jest.advanceTimersByTime(2500);
    el('cancel').dispatch('click');
    read();
    await settle();
    expect(runner.runs).toEqual([]);
    expect(el('ledger-file').value).toBe('');
    expect(shown()).toEqual({
      status: '<div id="status"></div>',
      elapsed: '<div id="elapsed" hidden>2 s</div>',
      cancel: 'hidden',
      print: 'disabled',
      result: { 'aria-busy': 'false', file: 'slow.xlsx', asOf: '2026-11-24', lang: 'en', elapsedMs: '0', thread: 'worker', status: 'cancelled' },
      view: '<p class="box">cancelled: check cancelled: slow.xlsx</p>',
      printReport: '<div id="print-report"><p>print nothing en</p></div>',
    });
    el('as-of').value = '2026-12-01';
    el('as-of').dispatch('input');
    expect(runner.runs).toEqual([]);
  });

  it('a read cancelled, then another file chosen: the cancelled read, ending then, is still dropped', async () => {
    const runner = start();
    const reads: Array<() => void> = [];
    const slow = (name: string): StandInFile => ({ name, size: 1, arrayBuffer: () => new Promise((resolve) => { reads.push(() => resolve(new ArrayBuffer(1))); }) });
    chooseLedger(slow('a.yaml'));
    el('cancel').dispatch('click');
    chooseLedger(slow('b.yaml'));
    reads[0]!();
    await settle();
    expect(runner.runs).toEqual([]);
    expect(String(el('status'))).toBe('<div id="status">Reading… b.yaml</div>');
    reads[1]!();
    await settle();
    expect(runner.runs.map((run) => [run.file.name, run.file.key])).toEqual([['b.yaml', 3]]);
  });

  it('a check stopped by the next choice, whose read is cancelled: the stopped check\'s late answer does not show', async () => {
    const runner = start();
    chooseLedger(file('a.yaml'));
    await settle();
    chooseLedger({ name: 'b.yaml', size: 1, arrayBuffer: () => new Promise(() => {}) });
    el('cancel').dispatch('click');
    expect(shown()).toMatchObject({ view: '<p class="box">cancelled: check cancelled: b.yaml</p>', result: { file: 'b.yaml', status: 'cancelled' } });
    runner.runs[0]!.resolve({ check: { status: 'cancelled', message: { ja: 'キャンセル', en: 'cancelled a.yaml' } }, stopped: true });
    await settle();
    expect(shown()).toMatchObject({ view: '<p class="box">cancelled: check cancelled: b.yaml</p>', result: { file: 'b.yaml', status: 'cancelled' } });
  });

  it('a running check: the runner stops it (its answer shows); when idle, nothing happens', async () => {
    const runner = start();
    el('cancel').dispatch('click');
    expect(shown()).toEqual(idle('Choose a ledger file and the result appears here.'));
    chooseLedger(file('a.yaml'));
    await settle();
    runner.cancels = true;
    el('cancel').dispatch('click');
    expect(runner.log.at(-1)).toBe('cancel → true');
    expect(shown()).toMatchObject({ cancel: 'shown', status: '<div id="status">Reading… a.yaml</div>', view: '' });
    runner.runs[0]!.resolve({ check: { status: 'cancelled', message: { ja: 'キャンセル', en: 'cancelled a.yaml' } }, stopped: true });
    await settle();
    expect(shown()).toMatchObject({ cancel: 'hidden', view: '<p class="box">cancelled: cancelled a.yaml</p>' });
    runner.cancels = false;
    el('cancel').dispatch('click');
    expect(shown()).toMatchObject({ view: '<p class="box">cancelled: cancelled a.yaml</p>' });
  });
});

describe('the configuration', () => {
  function pickConfig(chosen: StandInFile): StandInElement {
    el('config-choose').dispatch('click');
    const input = page.created.at(-1)!;
    input.files = [chosen];
    input.dispatch('change');
    return input;
  }

  it('chosen through a file input made for it; its language wins; removed again', async () => {
    const runner = start();
    el('config-choose').dispatch('click');
    const input = page.created[0]!;
    expect([page.created.length, String(input), input.clicks]).toEqual([1, '<input type="file" accept=".yaml,.yml"></input>', 1]);
    input.files = [];
    input.dispatch('change');
    input.files = undefined;
    input.dispatch('change');
    await settle();
    expect(el('config-remove').hidden).toBe(true);
    input.files = [file('.dokodemo-check.yaml', 'lang: ja\nrules:\n  antivirus: off\n')];
    input.dispatch('change');
    await settle();
    expect(el('config-remove').hidden).toBe(false);
    expect(String(el('config-name'))).toBe('<div id="config-name">.dokodemo-check.yaml</div>');
    expect(page.documentElement.lang).toBe('ja');
    // The waiting line follows the language, as the running check's line does.
    expect(shown()).toEqual(idle('台帳ファイルを選ぶと、ここに結果が表示されます。', '<div id="print-report" data-ready="true"><p>print nothing en</p></div>'));
    chooseLedger(file('a.yaml'));
    await settle();
    expect(runner.runs[0]!.options).toEqual({
      asOf: '2026-11-24', lang: 'ja', within: 30, config: { lang: 'ja', rules: { antivirus: { severity: 'off', options: {} } }, file: '.dokodemo-check.yaml' },
    });
    runner.runs[0]!.resolve({ check: report('a.yaml'), stopped: false });
    await settle();
    // The switch still changes the language.
    el('lang').value = 'en';
    el('lang').dispatch('change');
    expect(runner.runs[1]!.options.lang).toBe('en');
    runner.runs[1]!.resolve({ check: report('a.yaml'), stopped: false });
    await settle();
    el('config-remove').dispatch('click');
    expect(el('config-remove').hidden).toBe(true);
    expect(String(el('config-name'))).toBe('<div id="config-name">none (built-in defaults)</div>');
    expect(runner.runs[2]!.options).toEqual({ asOf: '2026-11-24', lang: 'en', within: 30, config: { rules: {} } });
    expect(String(el('status'))).toBe('<div id="status">Checking… a.yaml</div>');
  });

  it('closing the chooser without a file starts nothing, not even a read that fails', async () => {
    jest.useRealTimers();
    const failures: unknown[] = [];
    const heard = (reason: unknown) => failures.push(reason);
    process.on('unhandledRejection', heard);
    try {
      start();
      el('config-choose').dispatch('click');
      const input = page.created.at(-1)!;
      input.files = [];
      input.dispatch('change');
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('unhandledRejection', heard);
    }
    expect(failures).toEqual([]);
    expect(el('config-remove').hidden).toBe(true);
  });

  it('a configuration without a language keeps the page\'s; its name is made inert', async () => {
    const runner = start();
    pickConfig(file('my\u202econfig.yaml', 'rules: {}\n'));
    await settle();
    expect(String(el('config-name'))).toBe('<div id="config-name">my\\u202econfig.yaml</div>');
    expect(page.documentElement.lang).toBe('en');
    expect(runner.runs).toEqual([]);
    expect(shown()).toEqual(idle('Choose a ledger file and the result appears here.'));
  });

  it('one that does not read: shown instead of a result until removed, in the page\'s language', async () => {
    const runner = start();
    jest.advanceTimersByTime(5000);
    pickConfig(file('bad.yaml', 'rules: [\n'));
    await settle();
    expect(String(el('config-name'))).toBe('<div id="config-name">bad.yaml</div>');
    expect(el('config-remove').hidden).toBe(false);
    expect(shown()).toMatchObject({
      status: '<div id="status"></div>',
      print: 'disabled',
      result: { 'aria-busy': 'false', file: '', asOf: '2026-11-24', lang: 'en', elapsedMs: '0', status: 'error' },
    });
    expect(String(shown().view)).toMatch(/^<p class="box">error: the configuration file bad\.yaml is not valid YAML: 2:1 /);
    el('lang').value = 'ja';
    el('lang').dispatch('change');
    expect(String(shown().view)).toMatch(/^<p class="box">error: 設定ファイル bad\.yaml/);
    expect(shown()).toMatchObject({ result: { file: '', lang: 'ja', elapsedMs: '0', status: 'error' } });
    chooseLedger(file('a.yaml'));
    await settle();
    expect(runner.runs).toEqual([]);
    expect(shown()).toMatchObject({ cancel: 'hidden', result: { file: 'a.yaml', status: 'error', elapsedMs: '0' } });
    el('within').value = '3';
    el('within').dispatch('input');
    expect(runner.runs).toEqual([]);
    expect(shown()).toMatchObject({ cancel: 'hidden', result: { file: 'a.yaml', status: 'error', elapsedMs: '0' } });
    el('config-remove').dispatch('click');
    expect(runner.runs.map((run) => run.options.config)).toEqual([{ rules: {} }]);
  });

  it('one that cannot be read from disk, with a ledger chosen: checked against it at once', async () => {
    const runner = start();
    chooseLedger(file('a.yaml'));
    await settle();
    runner.runs[0]!.resolve({ check: report('a.yaml'), stopped: false });
    await settle();
    pickConfig(unreadable('gone.yaml'));
    await settle();
    expect(runner.runs.length).toBe(1);
    expect(shown()).toMatchObject({
      view: '<p class="box">error: cannot read the configuration file gone.yaml</p>',
      cancel: 'hidden',
      result: { file: 'a.yaml', status: 'error', 'aria-busy': 'false' },
    });
    el('lang').value = 'ja';
    el('lang').dispatch('change');
    expect(shown()).toMatchObject({ view: '<p class="box">error: 設定ファイル gone.yaml を読めません</p>', result: { file: 'a.yaml' } });
    // A good one replaces it.
    pickConfig(file('good.yaml', 'rules: {}\n'));
    await settle();
    expect(runner.runs.map((run) => run.options.config)).toEqual([{ rules: {} }, { rules: {}, file: 'good.yaml' }]);
  });
});

describe('saving copies', () => {
  async function checkedReport(runner: MockRunner, name = 'clinic.yaml'): Promise<void> {
    chooseLedger(file(name));
    await settle();
    runner.runs.at(-1)!.resolve({ check: report(name), stopped: false });
    await settle();
  }

  const button = (kind: string) => el('report-view').querySelector(`#save-${kind}`)!;
  const copyStatus = () => String(el('report-view').querySelector('#copy-status'));
  const copies = () => el('report-view').querySelector('#copies')!;

  it.each([
    ['marked', 'clinic.yaml', 'clinic.marked.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['tidy', 'clinic.yaml', 'clinic.tidy.yaml', 'application/yaml'],
    ['tidy', 'book.xlsx', 'book.tidy.XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['tidy', 'book.xlsx', 'book.xlsx.yaml', 'application/yaml'],
    ['tidy', 'book.xlsx', 'xlsx', 'application/yaml'],
  ] as const)('%s of %s, made as %s: a %s link, saved at once', async (kind, name, fileName, type) => {
    const runner = start();
    await checkedReport(runner, name);
    copies().dataset.copyStatus = 'made'; // a copy before
    el('report-view').dispatch('click', { target: button(kind) });
    expect(button(kind).disabled).toBe(true);
    expect(copyStatus()).toBe(`<p id="copy-status" class="copy-status">Making… ${name}</p>`);
    expect(copies().dataset).toEqual({});
    expect(runner.makes.map((make) => [make.file, make.options, make.kind])).toEqual([[runner.runs[0]!.file, runner.runs[0]!.options, kind]]);
    runner.makes[0]!.resolve({ copy: { status: 'made', kind, fileName, bytes: new Uint8Array([1, 2, 3]), notes: ['lost <one>', 'two\u202e'] }, stopped: false });
    await settle();
    expect(button(kind).disabled).toBe(false);
    expect(objectUrls).toEqual([`blob:1 ${type} 3`]);
    expect(copies().dataset).toEqual({ copyKind: kind, copyStatus: 'made' });
    expect(copyStatus()).toBe(`<p id="copy-status" class="copy-status">Saved: <a id="saved-${kind}" href="blob:1 ${type} 3" download="${fileName}">${fileName}</a>`
      + '<span class="copy-note">lost <one></span><span class="copy-note">two\\u202e</span></p>');
    const download = page.created.at(-1)!;
    expect([String(download), download.clicks]).toEqual([`<a href="blob:1 ${type} 3" download="${fileName}"></a>`, 1]);
    expect(revoked).toEqual([]);
    // Another result revokes the copy's URL.
    el('within').value = '8';
    el('within').dispatch('input');
    runner.runs[1]!.resolve({ check: report(name), stopped: false });
    await settle();
    expect(revoked).toEqual([`blob:1 ${type} 3`]);
    el('within').value = '9';
    el('within').dispatch('input');
    runner.runs[2]!.resolve({ check: report(name), stopped: false });
    await settle();
    expect(revoked).toEqual([`blob:1 ${type} 3`]);
  });

  it('a copy refused: its message in the page\'s language, made inert; no link, nothing saved', async () => {
    setLanguage('ja');
    const runner = start();
    await checkedReport(runner, 'a\u202e.yaml');
    el('report-view').dispatch('click', { target: button('tidy') });
    expect(copyStatus()).toBe('<p id="copy-status" class="copy-status">作成中… a\\u202e.yaml</p>');
    const made = page.created.length;
    runner.makes[0]!.resolve({ copy: { status: 'error', message: { ja: '作れません\u202e', en: 'cannot' } }, stopped: false });
    await settle();
    expect(button('tidy').disabled).toBe(false);
    expect(copyStatus()).toBe('<p id="copy-status" class="copy-status copy-error">作れません\\u202e</p>');
    expect(copies().dataset).toEqual({ copyKind: 'tidy', copyStatus: 'error' });
    expect(objectUrls).toEqual([]);
    expect(page.created.length).toBe(made);
  });

  it('a made copy in Japanese, with no notes', async () => {
    setLanguage('ja');
    const runner = start();
    await checkedReport(runner, 'a.yaml');
    el('report-view').dispatch('click', { target: button('marked') });
    runner.makes[0]!.resolve({ copy: { status: 'made', kind: 'marked', fileName: 'a\u202e.xlsx', bytes: new Uint8Array([1]), notes: [] }, stopped: false });
    await settle();
    expect(copyStatus()).toBe('<p id="copy-status" class="copy-status">保存しました: <a id="saved-marked" href="blob:1 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 1" download="a\u202e.xlsx">a\\u202e.xlsx</a></p>');
  });

  it('a status line outside the copies card still says how it went', async () => {
    const runner = start();
    await checkedReport(runner, 'a.yaml');
    const line = el('report-view').querySelector('#copy-status')!;
    line.parent = undefined;
    el('report-view').replaceChildren(line, button('marked'));
    line.parent = undefined;
    line.dataset.copyStatus = 'made';
    el('report-view').dispatch('click', { target: button('marked') });
    runner.makes[0]!.resolve({ copy: { status: 'cancelled', message: { ja: '止めた', en: 'stopped' } }, stopped: true });
    await settle();
    expect(copyStatus()).toBe('<p id="copy-status" class="copy-status copy-error" data-copy-status="made">stopped</p>');
  });

  it('only a save button that is not disabled, in a result with a run and a status line, makes a copy', async () => {
    const runner = start();
    const lone = new StandInElement('button');
    lone.dataset.save = 'tidy';
    el('report-view').dispatch('click', { target: lone }); // no result yet
    await checkedReport(runner, 'a.yaml');
    el('report-view').dispatch('click', { target: null });
    el('report-view').dispatch('click', { target: el('report-view').querySelector('#copies') });
    el('report-view').dispatch('click', { target: new StandInElement('p') });
    button('marked').disabled = true;
    el('report-view').dispatch('click', { target: button('marked') });
    expect(runner.makes).toEqual([]);
    // An unknown kind is the marked copy; a click inside a button is the button's.
    button('marked').disabled = false;
    button('marked').dataset.save = 'other';
    const inside = new StandInElement('span');
    inside.parent = button('marked');
    el('report-view').dispatch('click', { target: inside });
    expect(runner.makes.map((make) => make.kind)).toEqual(['marked']);
    // Without a status line, nothing is made.
    el('report-view').replaceChildren(button('tidy'));
    el('report-view').dispatch('click', { target: button('tidy') });
    expect(runner.makes.length).toBe(1);
    expect(button('tidy').disabled).toBe(false);
  });

  it('no copy of a result that was not a check\'s run', async () => {
    const runner = start();
    chooseLedger(file('a.yaml'));
    await settle();
    runner.runs[0]!.resolve({ check: report('a.yaml'), stopped: true });
    await settle();
    el('report-view').dispatch('click', { target: button('tidy') });
    expect(runner.makes).toEqual([]);
    expect(copyStatus()).toBe('<p id="copy-status" class="copy-status"></p>');
  });
});

describe('printing', () => {
  it('the print button prints; the title while printing names the report, then comes back', async () => {
    const runner = start();
    el('print').dispatch('click');
    expect(page.printed).toBe(1);
    // After a print the page did not hear begin, the title is the one it kept: none.
    page.windowListeners.get('afterprint')![0]!({});
    expect(page.document.title).toBe('');
    page.document.title = 'どこでも連絡帳 ledger check';
    page.windowListeners.get('beforeprint')![0]!({});
    expect(page.document.title).toBe('どこでも連絡帳 ledger check');
    page.windowListeners.get('afterprint')![0]!({});
    expect(page.document.title).toBe('どこでも連絡帳 ledger check');
    chooseLedger(file('a.yaml'));
    await settle();
    runner.runs[0]!.resolve({ check: report('a.yaml'), stopped: false });
    await settle();
    // Printed before the copy was prepared: it is prepared then, once.
    page.windowListeners.get('beforeprint')![0]!({});
    expect(page.document.title).toBe('title a.yaml');
    expect(String(el('print-report'))).toBe('<div id="print-report" data-ready="true"><p>print findings en</p></div>');
    page.windowListeners.get('afterprint')![0]!({});
    expect(page.document.title).toBe('どこでも連絡帳 ledger check');
    el('print-report').replaceChildren();
    jest.runOnlyPendingTimers();
    page.windowListeners.get('beforeprint')![0]!({});
    expect(String(el('print-report'))).toBe('<div id="print-report" data-ready="true"></div>');
    expect(page.document.title).toBe('title a.yaml');
    page.windowListeners.get('afterprint')![0]!({});
    expect(page.document.title).toBe('どこでも連絡帳 ledger check');
  });
});

describe('dragging and dropping', () => {
  function dropEvent(files: StandInFile[] | undefined): { event: Record<string, unknown>; prevented: () => number } {
    let prevented = 0;
    return { event: { dataTransfer: files && { files }, preventDefault: () => { prevented++; } }, prevented: () => prevented };
  }

  const documentEvent = (type: string, event: Record<string, unknown>) => page.documentListeners.get(type)![0]!(event);

  it('dragging over the page shows the drop zone and asks to copy; leaving the window hides it', () => {
    start();
    const over = { dataTransfer: { dropEffect: 'none' }, preventDefault: jest.fn() };
    documentEvent('dragover', over);
    expect([over.preventDefault.mock.calls.length, over.dataTransfer.dropEffect, [...el('drop-zone').classes]]).toEqual([1, 'copy', ['dragging']]);
    const bare = { preventDefault: jest.fn() };
    documentEvent('dragover', bare);
    expect(bare.preventDefault.mock.calls.length).toBe(1);
    documentEvent('dragleave', { relatedTarget: el('status') });
    expect([...el('drop-zone').classes]).toEqual(['dragging']);
    documentEvent('dragleave', { relatedTarget: undefined });
    expect([...el('drop-zone').classes]).toEqual(['dragging']);
    documentEvent('dragleave', { relatedTarget: null });
    expect([...el('drop-zone').classes]).toEqual([]);
  });

  it('a drop takes configurations, then the first ledger; the chooser names it', async () => {
    const runner = start();
    el('drop-zone').classList.add('dragging');
    const ledger = file('a.yaml');
    const { event, prevented } = dropEvent([file('dokodemo-check.yml', 'lang: ja\n'), ledger, file('b.yaml')]);
    documentEvent('drop', event);
    expect([prevented(), [...el('drop-zone').classes]]).toEqual([1, []]);
    expect(el('ledger-file').files).toEqual([ledger]);
    await settle();
    expect(runner.runs.map((run) => [run.file.name, run.options.config.file])).toEqual([['a.yaml', 'dokodemo-check.yml']]);
    expect(el('config-remove').hidden).toBe(false);
  });

  it('a drop of configurations only, of nothing, or without files', async () => {
    const runner = start();
    el('drop-zone').classList.add('dragging');
    const empty = dropEvent([]);
    documentEvent('drop', empty.event);
    const none = dropEvent(undefined);
    documentEvent('drop', none.event);
    expect([empty.prevented(), none.prevented(), [...el('drop-zone').classes]]).toEqual([1, 1, []]);
    await settle();
    expect(el('config-remove').hidden).toBe(true);
    documentEvent('drop', dropEvent([file('.Dokodemo-Check.YAML', 'rules: {}\n')]).event);
    await settle();
    expect(el('config-remove').hidden).toBe(false);
    expect(String(el('config-name'))).toBe('<div id="config-name">.Dokodemo-Check.YAML</div>');
    expect(runner.runs).toEqual([]);
    expect(el('ledger-file').files).toBeUndefined();
  });
});
