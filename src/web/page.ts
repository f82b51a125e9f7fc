/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The offline page (dist/web/dokodemo-check.html): wires the controls to the CLI's engine, which runs in
// the page's worker (runner.ts, worker.ts): this thread only renders, so it answers while a large file is
// read, and the check can be cancelled. Everything happens in this page: the chosen files are read from
// the PC, kept in memory only, and never sent.
import { isDay, today } from '../dates';
import { DEFAULT_CONFIG } from '../config/types';
import type { Config } from '../config/types';
import { DEFAULT_WITHIN_DAYS } from '../due/defaults';
import { inert } from '../report/inert';
import type { Lang } from '../types';
import { ACCEPTED_EXTENSIONS, isConfigName, isReport, ledgerSizeProblem, readChosenConfig } from './check';
import type { CheckStage, ChosenFile, CopyKind, PageCheck, PageCopy, PageOptions } from './check';
import { printCopy, printTitle } from './print';
import { renderCheck, verdict } from './render';
import { CheckRunner } from './runner';
import { cancelledMessage } from './stops';
import type { LedgerFile } from './runner';
import { pageWords } from './words';

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function findControls() {
  return {
    lang: byId<HTMLSelectElement>('lang'),
    ledger: byId<HTMLInputElement>('ledger-file'),
    dropZone: byId<HTMLElement>('drop-zone'),
    asOf: byId<HTMLInputElement>('as-of'),
    within: byId<HTMLInputElement>('within'),
    configName: byId<HTMLElement>('config-name'),
    configChoose: byId<HTMLButtonElement>('config-choose'),
    configRemove: byId<HTMLButtonElement>('config-remove'),
    print: byId<HTMLButtonElement>('print'),
    result: byId<HTMLElement>('result'),
    status: byId<HTMLElement>('status'),
    elapsed: byId<HTMLElement>('elapsed'),
    cancel: byId<HTMLButtonElement>('cancel'),
    view: byId<HTMLElement>('report-view'),
    printReport: byId<HTMLElement>('print-report'),
  };
}

interface PageState {
  lang: Lang;
  ledger?: LedgerFile;
  config: Config;
  /** A configuration that could not be read: shown instead of a result until removed or replaced. */
  configProblem?: PageCheck & { status: 'error' };
  last?: PageCheck;
  /** The ledger and options `last` was checked with: the copies to save are made from them. */
  lastRun?: { ledger: LedgerFile; options: PageOptions };
  /** The Blob URLs of the copies saved from the result shown (revoked when another result shows). */
  copyUrls: string[];
  /** The due window of the last check, as typed. */
  checkedWithin?: string;
  /** Whether #print-report shows `last`. */
  printed: boolean;
  /** The check running now: what the progress line says. */
  progress?: { file: string; stage: CheckStage; started: number };
}

// Set by startPage: this module is also loaded in the worker, which has no document.
let controls: ReturnType<typeof findControls>;
let state: PageState;
let runner: CheckRunner;

/** ?lang=ja|en, else the browser's language. */
function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'ja' || asked === 'en') return asked;
  return (navigator.language || '').toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

// ---- words -------------------------------------------------------------------------------------------

function applyWords(): void {
  const words = pageWords(state.lang);
  document.documentElement.lang = state.lang;
  document.title = words.title;
  controls.lang.value = state.lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-word]')) {
    const text = words[node.dataset.word as keyof typeof words];
    if (typeof text === 'string') node.textContent = text;
  }
  controls.configName.textContent = state.config.file === undefined ? words.configNone : inert(state.config.file);
  showProgress();
  if (!state.progress && statusWord) showWord(statusWord);
}

// ---- checking ----------------------------------------------------------------------------------------

/** Counts file reads, so that a slow read cannot overwrite a later choice. */
let readSequence = 0;

/** The status line's word when it is one of the page's own (not a result's): said again in a new language. */
let statusWord: 'waiting' | 'asOfNeeded' | undefined;

function showStatus(text: string, word?: typeof statusWord): void {
  controls.status.textContent = text;
  statusWord = word;
}

function showWord(word: NonNullable<typeof statusWord>): void {
  showStatus(pageWords(state.lang)[word], word);
}

/** Ticks the progress line's seconds while a check runs. */
let progressTimer: ReturnType<typeof setInterval> | undefined;

/** The progress line (「読み込み中… file」), the seconds it has taken and the cancel button; none when idle. */
function showProgress(): void {
  const { progress } = state;
  controls.cancel.hidden = progress === undefined;
  controls.elapsed.hidden = true;
  if (!progress) return;
  const words = pageWords(state.lang);
  showStatus(words.progress(progress.stage, inert(progress.file)));
  const seconds = Math.floor((performance.now() - progress.started) / 1000);
  if (seconds >= 1) {
    controls.elapsed.textContent = words.seconds(seconds);
    controls.elapsed.hidden = false;
  }
}

/** Clears the previous result's status (a test or a screen reader waits for the next one) and shows the progress line. */
function startCheck(file: string, stage: CheckStage, started = performance.now()): void {
  controls.result.removeAttribute('data-status');
  controls.result.setAttribute('aria-busy', 'true');
  state.progress = { file, stage, started };
  showProgress();
  progressTimer ??= setInterval(showProgress, 1000);
}

function stopProgress(): void {
  state.progress = undefined;
  clearInterval(progressTimer);
  progressTimer = undefined;
  showProgress();
}

function finishCheck(check: PageCheck, file: string, elapsed: number, run?: PageState['lastRun']): void {
  stopProgress();
  state.last = check;
  state.lastRun = run;
  for (const url of state.copyUrls.splice(0)) URL.revokeObjectURL(url);
  state.printed = false;
  delete controls.printReport.dataset.ready;
  controls.view.replaceChildren(renderCheck(check, state.lang));
  if (!isReport(check)) {
    showStatus('');
  } else {
    // Read out in full by screen readers; on screen the result card below says the verdict.
    const spoken = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `${verdict(check.model, state.lang)} · ` });
    controls.status.replaceChildren(spoken, pageWords(state.lang).checkedIn(Math.round(elapsed)));
    statusWord = undefined;
  }
  controls.print.disabled = !isReport(check);
  controls.result.dataset.file = file;
  controls.result.dataset.asOf = isReport(check) ? check.model.asOf : controls.asOf.value;
  state.checkedWithin = controls.within.value;
  controls.result.dataset.lang = state.lang;
  controls.result.dataset.elapsedMs = String(Math.round(elapsed));
  controls.result.dataset.thread = runner.thread;
  controls.result.setAttribute('aria-busy', 'false');
  controls.result.dataset.status = check.status;
  // The print copy is made after the table shows, so that it never delays it.
  setTimeout(preparePrint, 0);
}

/** Counts checks, so that only the latest one shows (each is answered by the worker). */
let checkSequence = 0;

/** Runs the check on the chosen ledger with the current day, configuration and language. */
async function runCheck(started = performance.now()): Promise<void> {
  if (!state.ledger) return;
  const asOf = controls.asOf.value;
  if (!isDay(asOf)) {
    stopProgress();
    controls.result.removeAttribute('data-status');
    controls.result.setAttribute('aria-busy', 'false');
    showWord('asOfNeeded');
    return;
  }
  const within = Number.parseInt(controls.within.value, 10);
  const sequence = ++checkSequence;
  const ledger = state.ledger;
  if (state.configProblem) {
    finishCheck(state.configProblem, ledger.name, performance.now() - started);
    return;
  }
  const options: PageOptions = {
    asOf,
    config: state.config,
    lang: state.lang,
    within: Number.isInteger(within) && within >= 0 ? within : DEFAULT_WITHIN_DAYS,
  };
  const { check, stopped } = await runner.run(ledger, options, (stage) => {
    if (sequence === checkSequence && state.progress) {
      state.progress.stage = stage;
      showProgress();
    }
  });
  // A stopped check (cancelled, over the time limit) is not started again by a new day or language.
  if (stopped && state.ledger === ledger) forgetLedger();
  if (sequence === checkSequence) finishCheck(check, ledger.name, performance.now() - started, stopped ? undefined : { ledger, options });
}

// ---- saving copies -----------------------------------------------------------------------------------

const COPY_TYPES: Record<CopyKind, (name: string) => string> = {
  marked: () => 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  tidy: (name) => (/\.xlsx$/i.test(name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/yaml'),
};

/** Says how the copy went in the card's status line (#copy-status), if the result it belongs to still shows. */
function showCopy(line: HTMLElement, kind: CopyKind, copy: PageCopy, url?: string): void {
  const section = line.closest<HTMLElement>('#copies');
  if (section) {
    section.dataset.copyKind = kind;
    section.dataset.copyStatus = copy.status;
  }
  if (copy.status !== 'made') {
    line.className = 'copy-status copy-error';
    line.replaceChildren(inert(copy.message[state.lang]));
    return;
  }
  // A link to the copy as well: the browser may ask where to save it, or she may want it again.
  const link = Object.assign(document.createElement('a'), { href: url!, download: copy.fileName, textContent: inert(copy.fileName) });
  link.id = `saved-${kind}`;
  line.className = 'copy-status';
  line.replaceChildren(pageWords(state.lang).saved, link, ...copy.notes.map((note) => Object.assign(document.createElement('span'), { className: 'copy-note', textContent: inert(note) })));
}

/** Makes the copy in the worker (the page stays responsive) and saves it through a Blob link. */
async function saveCopy(kind: CopyKind, button: HTMLButtonElement): Promise<void> {
  const run = state.lastRun;
  const line = controls.view.querySelector<HTMLElement>('#copy-status');
  if (!run || !line) return;
  button.disabled = true;
  line.className = 'copy-status';
  line.textContent = pageWords(state.lang).making(inert(run.ledger.name));
  const section = line.closest<HTMLElement>('#copies');
  if (section) delete section.dataset.copyStatus;
  const { copy } = await runner.make(run.ledger, run.options, kind);
  button.disabled = false;
  if (copy.status !== 'made') {
    showCopy(line, kind, copy);
    return;
  }
  const url = URL.createObjectURL(new Blob([copy.bytes as Uint8Array<ArrayBuffer>], { type: COPY_TYPES[kind](copy.fileName) }));
  state.copyUrls.push(url);
  showCopy(line, kind, copy, url);
  // Saved at once, as a download (never opened in place of the page).
  Object.assign(document.createElement('a'), { href: url, download: copy.fileName }).click();
}

/** Checks the chosen ledger again (new day, configuration or language); false when none is chosen. */
function recheck(): boolean {
  if (!state.ledger) return false;
  // Stryker disable next-line StringLiteral: the progress line reads every stage but reading and making as checking ('' too)
  startCheck(state.ledger.name, 'checking');
  void runCheck();
  return true;
}

/** No ledger is chosen any more; the chooser is cleared, so that choosing the same file again is a change. */
function forgetLedger(): void {
  state.ledger = undefined;
  controls.ledger.value = '';
}

/** The cancel button: stops the running check (its worker) and says so. */
function cancelCheck(): void {
  if (!runner.cancel() && state.progress) {
    // Still reading the file from disk, before any check was sent: that read's result is dropped.
    const file = state.progress.file;
    readSequence++;
    checkSequence++;
    forgetLedger();
    finishCheck({ status: 'cancelled', message: cancelledMessage(file) }, file, 0);
  }
}

async function readChosen(file: File): Promise<ChosenFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function chooseLedger(file: File): Promise<void> {
  const started = performance.now();
  const sequence = ++readSequence;
  checkSequence++; // a check still running on the previous file no longer shows
  state.ledger = undefined;
  runner.cancel(); // nor goes on in the worker
  startCheck(file.name, 'reading', started);
  const tooLarge = ledgerSizeProblem(file.name, file.size);
  if (tooLarge) {
    state.ledger = undefined;
    finishCheck({ status: 'error', message: tooLarge }, file.name, 0);
    return;
  }
  let chosen: ChosenFile;
  try {
    chosen = await readChosen(file);
  } catch {
    if (sequence !== readSequence) return;
    state.ledger = undefined;
    const message = { ja: `ファイルを読めません: ${file.name}`, en: `cannot read file: ${file.name}` };
    finishCheck({ status: 'error', message }, file.name, 0);
    return;
  }
  if (sequence !== readSequence) return;
  state.ledger = { ...chosen, key: sequence };
  void runCheck(started);
}

async function chooseConfig(file: File): Promise<void> {
  let choice;
  try {
    choice = readChosenConfig(await readChosen(file));
  } catch {
    choice = { ok: false as const, message: { ja: `設定ファイル ${file.name} を読めません`, en: `cannot read the configuration file ${file.name}` } };
  }
  if (choice.ok) {
    state.config = choice.config;
    state.configProblem = undefined;
    // As in the CLI, a configuration's language wins over the browser's; the switch still changes it.
    if (choice.config.lang) state.lang = choice.config.lang;
  } else {
    state.config = { ...DEFAULT_CONFIG, file: file.name };
    state.configProblem = { status: 'error', message: choice.message };
  }
  controls.configRemove.hidden = false;
  applyWords();
  if (!recheck() && state.configProblem) finishCheck(state.configProblem, '', 0);
}

function removeConfig(): void {
  state.config = DEFAULT_CONFIG;
  state.configProblem = undefined;
  controls.configRemove.hidden = true;
  applyWords();
  recheck();
}

/** A file input made on demand: the page has one file input (the ledger's) for people and tests alike. */
function pickConfigFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.yaml,.yml';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void chooseConfig(file);
  });
  input.click();
}

// ---- printing ----------------------------------------------------------------------------------------

/** Puts the report of the last check in #print-report, once per check. */
function preparePrint(): void {
  if (state.printed) return;
  state.printed = true;
  controls.printReport.replaceChildren(printCopy(state.last, state.lang));
  controls.printReport.dataset.ready = 'true';
}

let screenTitle = '';

function beforePrint(): void {
  preparePrint();
  screenTitle = document.title;
  document.title = printTitle(state.last) ?? screenTitle;
}

// ---- events ------------------------------------------------------------------------------------------

function dropped(files: FileList): void {
  for (const file of Array.from(files)) {
    if (isConfigName(file.name)) {
      void chooseConfig(file);
    } else {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      controls.ledger.files = transfer.files; // so that the chooser names the file being shown
      void chooseLedger(file);
      break;
    }
  }
}

function listen(): void {
  controls.lang.addEventListener('change', () => {
    state.lang = controls.lang.value === 'en' ? 'en' : 'ja';
    applyWords();
    if (!recheck() && state.configProblem) finishCheck(state.configProblem, '', 0);
  });
  controls.ledger.addEventListener('change', () => {
    const file = controls.ledger.files?.[0];
    if (file) void chooseLedger(file);
  });
  // Date pickers send `input` and `change` for one edit, scripts often only one of them: check once per value.
  for (const input of [controls.asOf, controls.within]) {
    for (const type of ['input', 'change']) {
      input.addEventListener(type, () => {
        const unchanged = controls.result.dataset.asOf === controls.asOf.value && state.checkedWithin === controls.within.value;
        if (!unchanged) recheck();
      });
    }
  }
  controls.configChoose.addEventListener('click', pickConfigFile);
  controls.configRemove.addEventListener('click', removeConfig);
  controls.cancel.addEventListener('click', cancelCheck);
  controls.view.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-save]');
    if (button && !button.disabled) void saveCopy(button.dataset.save === 'tidy' ? 'tidy' : 'marked', button);
  });
  controls.print.addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', () => {
    document.title = screenTitle;
  });
  // A file dropped anywhere is taken, never opened by the browser in place of the page.
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    controls.dropZone.classList.add('dragging');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) controls.dropZone.classList.remove('dragging');
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    controls.dropZone.classList.remove('dragging');
    if (event.dataTransfer?.files.length) dropped(event.dataTransfer.files);
  });
}

/** Starts the page; `script` is the page's own script, which the worker runs (entry.ts). */
export function startPage(script: string | undefined): void {
  controls = findControls();
  state = { lang: initialLang(), config: DEFAULT_CONFIG, printed: false, copyUrls: [] };
  runner = new CheckRunner(script);
  controls.ledger.accept = ACCEPTED_EXTENSIONS.join(',');
  controls.asOf.value = today();
  controls.within.value = String(DEFAULT_WITHIN_DAYS);
  showWord('waiting');
  applyWords();
  preparePrint();
  listen();
  runner.warm();
}
