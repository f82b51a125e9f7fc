// The hostile workbooks refused in-process, with the exact words the CLI prints (its spawned tests are
// test/workbook/hostile.test.ts): what mutation testing of the zip guard and the reader can run. The
// modules are loaded inside each test, so that their limits and messages count as read by it.
import { HOSTILE_WORKBOOKS } from '../fixtures/bad/workbooks';

beforeEach(() => jest.resetModules());

async function refusal(name: string, bytes: Uint8Array): Promise<unknown> {
  const { readWorkbookOrThrow } = require('../../src/workbook/read') as typeof import('../../src/workbook/read');
  try {
    await readWorkbookOrThrow(bytes, name);
    return 'read';
  } catch (error) {
    const { UsageError } = require('../../src/errors') as typeof import('../../src/errors');
    return error instanceof UsageError ? error.text : `not a UsageError: ${String(error)}`;
  }
}

describe('hostile workbooks, in-process', () => {
  it.each(Object.keys(HOSTILE_WORKBOOKS))('%s is refused with these words', async (name) => {
    const { guardWorkbook } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const bytes = HOSTILE_WORKBOOKS[name]!.make();
    const guard = guardWorkbook(bytes, name);
    // A workbook the reader refuses passes the guard: its verdict without the parts it passes on.
    expect({ guard: guard.ok ? { ok: true } : guard, read: await refusal(name, bytes) }).toMatchSnapshot();
  });
});
