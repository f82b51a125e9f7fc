// The page's worker (src/web/worker.ts) and the page's one script (src/web/entry.ts) in-process, with the
// check stood in for: each reply the worker says, in order, for each kind of request, and what it says when
// a request names a file it does not hold or when answering fails; which side the script starts.
import type { CheckStage, ChosenFile, PageOptions } from '../../src/web/check';
import type { CheckRequest, WorkerReply } from '../../src/web/worker';
import { fresh } from '../helpers/fresh';

const OPTIONS = { asOf: '2026-11-24', config: { rules: {} }, lang: 'ja', within: 30 } as PageOptions;

/** worker.ts loaded afresh over a stand-in check.ts that records what it is asked. */
function standIn() {
  const asked: Array<{ call: string; file: ChosenFile; options: PageOptions; kind?: string }> = [];
  const worker = fresh(() => {
    jest.doMock('../../src/web/check', () => ({
      checkChosenFile: async (file: ChosenFile, options: PageOptions, onStage: (stage: CheckStage) => void) => {
        asked.push({ call: 'check', file, options });
        onStage('reading');
        onStage('checking');
        return { status: 'ok', checked: file.name };
      },
      makeCopy: async (file: ChosenFile, options: PageOptions, kind: string) => {
        asked.push({ call: 'copy', file, options, kind });
        return { status: 'made', kind, of: file.name };
      },
    }));
    try {
      return require('../../src/web/worker') as typeof import('../../src/web/worker');
    } finally {
      jest.dontMock('../../src/web/check');
    }
  });
  return { worker, asked };
}

function scope(refuse?: (message: WorkerReply) => unknown) {
  const replies: unknown[] = [];
  let listener: ((event: { data: CheckRequest }) => void) | undefined;
  const { worker, asked } = standIn();
  const listens: string[] = [];
  worker.serveChecks({
    postMessage: (message) => {
      const refusal = refuse?.(message);
      if (refusal !== undefined) throw refusal;
      replies.push(message);
    },
    addEventListener: (type, handler) => {
      listens.push(type);
      listener = handler;
    },
  });
  const ask = async (request: CheckRequest) => {
    replies.length = 0;
    listener!({ data: request });
    for (let tick = 0; tick < 50; tick++) await new Promise((resolve) => setImmediate(resolve));
    return [...replies];
  };
  return { replies, ask, asked, listens };
}

const bytes = new Uint8Array([1, 2]);

describe('the worker (worker.ts)', () => {
  it('listens to messages and says it is ready', () => {
    const { replies, listens } = scope();
    expect(listens).toEqual(['message']);
    expect(replies).toEqual([{ type: 'ready' }]);
  });

  it('a check: start, each stage, the result; the file kept for the next request, which sends only its key', async () => {
    const { ask, asked } = scope();
    expect(await ask({ id: 4, file: { key: 9, name: 'a.yaml', bytes }, options: OPTIONS })).toEqual([
      { type: 'start', id: 4 }, { type: 'stage', id: 4, stage: 'reading' }, { type: 'stage', id: 4, stage: 'checking' }, { type: 'done', id: 4, check: { status: 'ok', checked: 'a.yaml' } },
    ]);
    const other = { ...OPTIONS, lang: 'en' as const };
    expect(await ask({ id: 5, file: { key: 9, name: 'a.yaml' }, options: other })).toEqual([
      { type: 'start', id: 5 }, { type: 'stage', id: 5, stage: 'reading' }, { type: 'stage', id: 5, stage: 'checking' }, { type: 'done', id: 5, check: { status: 'ok', checked: 'a.yaml' } },
    ]);
    expect(asked).toEqual([{ call: 'check', file: { name: 'a.yaml', bytes }, options: OPTIONS }, { call: 'check', file: { name: 'a.yaml', bytes }, options: other }]);
    expect(asked[0]!.file).toBe(asked[1]!.file); // the same file: check.ts reads it once
  });

  it('a copy: start, making, the copy', async () => {
    const { ask, asked } = scope();
    expect(await ask({ id: 1, file: { key: 2, name: 'b.xlsx', bytes }, options: OPTIONS, copy: 'tidy' })).toEqual([
      { type: 'start', id: 1 }, { type: 'stage', id: 1, stage: 'making' }, { type: 'made', id: 1, copy: { status: 'made', kind: 'tidy', of: 'b.xlsx' } },
    ]);
    expect(asked).toEqual([{ call: 'copy', file: { name: 'b.xlsx', bytes }, options: OPTIONS, kind: 'tidy' }]);
  });

  it('a request for a file it does not hold (never sent, or another than it holds): one message, as a check\'s or a copy\'s', async () => {
    const { ask, asked } = scope();
    const message = { ja: 'ファイルを読めません: x.yaml', en: 'cannot read file: x.yaml' };
    expect(await ask({ id: 1, file: { key: 3, name: 'x.yaml' }, options: OPTIONS })).toEqual([{ type: 'start', id: 1 }, { type: 'done', id: 1, check: { status: 'error', message } }]);
    expect(await ask({ id: 2, file: { key: 3, name: 'x.yaml' }, options: OPTIONS, copy: 'marked' })).toEqual([{ type: 'start', id: 2 }, { type: 'made', id: 2, copy: { status: 'error', message } }]);
    await ask({ id: 3, file: { key: 1, name: 'a.yaml', bytes }, options: OPTIONS });
    expect(await ask({ id: 4, file: { key: 3, name: 'x.yaml' }, options: OPTIONS })).toEqual([{ type: 'start', id: 4 }, { type: 'done', id: 4, check: { status: 'error', message } }]);
    expect(asked.map((request) => request.file.name)).toEqual(['a.yaml']);
  });

  it('a result that cannot be sent is said as an unexpected error, as a check\'s or a copy\'s (an Error\'s message, or the value)', async () => {
    let refusals = 0;
    const { ask } = scope((message) => {
      if ((message.type === 'done' && message.check.status === 'ok') || (message.type === 'made' && message.copy.status === 'made')) {
        refusals++;
        return refusals === 1 ? new Error('could not be cloned') : 'DataCloneError';
      }
      return undefined;
    });
    expect((await ask({ id: 1, file: { key: 1, name: 'a.yaml', bytes }, options: OPTIONS })).at(-1)).toEqual({
      type: 'done', id: 1, check: { status: 'error', message: { ja: '確認中に予期しないエラーが起きました: could not be cloned', en: 'an unexpected error stopped the check: could not be cloned' } },
    });
    expect((await ask({ id: 2, file: { key: 1, name: 'a.yaml' }, options: OPTIONS, copy: 'marked' })).at(-1)).toEqual({
      type: 'made', id: 2, copy: { status: 'error', message: { ja: '確認中に予期しないエラーが起きました: DataCloneError', en: 'an unexpected error stopped the check: DataCloneError' } },
    });
  });
});

describe('the page\'s script (entry.ts)', () => {
  const globals = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete globals.document;
  });

  /** entry.ts run with page.ts and worker.ts stood in for: which it started, with what. */
  function run(): unknown[] {
    const started: unknown[] = [];
    fresh(() => {
      jest.doMock('../../src/web/page', () => ({ startPage: (source: unknown) => started.push({ page: source }) }));
      jest.doMock('../../src/web/worker', () => ({ serveChecks: (scope: unknown) => started.push({ worker: scope === globalThis }) }));
      try {
        require('../../src/web/entry');
      } finally {
        jest.dontMock('../../src/web/page');
        jest.dontMock('../../src/web/worker');
      }
    });
    return started;
  }

  it('in a worker (no document): serves checks on its global scope', () => {
    expect(run()).toEqual([{ worker: true }]);
  });

  it('in the page: starts the page with its own script\'s text, or none', () => {
    globals.document = { currentScript: { textContent: '/* the bundle */' } };
    expect(run()).toEqual([{ page: '/* the bundle */' }]);
    globals.document = { currentScript: null };
    expect(run()).toEqual([{ page: undefined }]);
    globals.document = { currentScript: { textContent: null } };
    expect(run()).toEqual([{ page: undefined }]);
  });
});
