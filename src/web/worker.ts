// The page's checking thread: a Web Worker started from the page's own script (see entry.ts), with no DOM.
// It reads the chosen ledger (YAML or workbook), runs the schema and the rules, and makes the report model
// and the due list: check.ts, all of it; and it makes the copies the page saves (the marked workbook, the
// tidy copy), with exceljs. The page only renders what it answers, so a large or hostile file never
// freezes the tab, and the page can stop it (runner.ts terminates this thread).
import { checkChosenFile, makeCopy } from './check';
import type { CheckStage, ChosenFile, CopyKind, PageCheck, PageCopy, PageOptions } from './check';

/** The page's request: check this file with these options, or (`copy`) make that copy of it. The file's
 * bytes come with the first request for a file (`key` names it); later ones (a new day, configuration or
 * language, a copy) send only its key. */
export interface CheckRequest {
  id: number;
  file: { key: number; name: string; bytes?: Uint8Array };
  options: PageOptions;
  copy?: CopyKind;
}

/** What the worker says, all plain data: that it runs, that a request began, its stage, its result. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'start'; id: number }
  | { type: 'stage'; id: number; stage: CheckStage }
  | { type: 'done'; id: number; check: PageCheck }
  | { type: 'made'; id: number; copy: PageCopy };

/** The part of a worker's global scope used here (the DOM library's types describe the page's). */
export interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: { data: CheckRequest }) => void): void;
}

/** Answers the page's requests, one file at a time: the chosen file is read once and kept (check.ts). */
export function serveChecks(scope: WorkerScope): void {
  let current: { key: number; file: ChosenFile } | undefined;

  async function answer({ id, file, options, copy }: CheckRequest): Promise<void> {
    scope.postMessage({ type: 'start', id });
    if (file.bytes) current = { key: file.key, file: { name: file.name, bytes: file.bytes } };
    if (current?.key !== file.key) {
      // The page sends the bytes to every new worker (runner.ts): this would be its mistake.
      const message = { ja: `ファイルを読めません: ${file.name}`, en: `cannot read file: ${file.name}` };
      scope.postMessage(copy ? { type: 'made', id, copy: { status: 'error', message } } : { type: 'done', id, check: { status: 'error', message } });
      return;
    }
    if (copy) {
      scope.postMessage({ type: 'stage', id, stage: 'making' });
      scope.postMessage({ type: 'made', id, copy: await makeCopy(current.file, options, copy) });
      return;
    }
    const check = await checkChosenFile(current.file, options, (stage) => scope.postMessage({ type: 'stage', id, stage }));
    // A result that is not plain data cannot cross to the page: that throws, and is said as above.
    scope.postMessage({ type: 'done', id, check });
  }

  scope.addEventListener('message', (event) => {
    answer(event.data).catch((error: unknown) => {
      // checkChosenFile says every failure as a result: this would be the worker's own mistake.
      const detail = error instanceof Error ? error.message : String(error);
      const message = { ja: `確認中に予期しないエラーが起きました: ${detail}`, en: `an unexpected error stopped the check: ${detail}` };
      const { id, copy } = event.data;
      scope.postMessage(copy ? { type: 'made', id, copy: { status: 'error', message } } : { type: 'done', id, check: { status: 'error', message } });
    });
  });
  scope.postMessage({ type: 'ready' });
}
