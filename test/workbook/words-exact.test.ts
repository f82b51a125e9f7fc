// What the workbook tells a person, called directly and loaded inside each test (the words are
// module-level data, which mutation testing's per-test coverage counts only for a test that loads them):
// each layout problem as a finding in both languages (layout-problems.ts), the 説明 sheet's lines
// (instructions.ts, pinned whole in the snapshot beside this file), the marks sheet's names, and which
// files are workbooks or Excel's owner files (kind.ts) at each edge.
import type { LayoutProblem, LayoutProblemKind } from '../../src/workbook/codec';

beforeEach(() => jest.resetModules());

const layoutProblems = () => require('../../src/workbook/layout-problems') as typeof import('../../src/workbook/layout-problems');
const kind = () => require('../../src/workbook/kind') as typeof import('../../src/workbook/kind');

describe('layoutProblemFinding', () => {
  const KINDS: LayoutProblemKind[] = ['keyRowMissing', 'duplicateKey', 'overlappingKey', 'tableTwice', 'emptyKey', 'internalKey', 'unkeyedValue', 'duplicateSheet', 'veryHiddenSheet', 'exampleRow'];
  const position = { line: 3, column: 4 };

  it.each(KINDS)('%s: its rule, severity and words in both languages', (problemKind) => {
    const problem: LayoutProblem = { kind: problemKind, sheet: '端末', cell: 'C5', key: 'security.mfa', other: { sheet: '利用者', cell: 'D2' } };
    const finding = layoutProblems().layoutProblemFinding(problem, position);
    expect({ ...finding, message: undefined }).toStrictEqual({
      ruleId: problemKind === 'veryHiddenSheet' ? 'hidden-sheet' : 'schema',
      severity: problemKind === 'veryHiddenSheet' || problemKind === 'exampleRow' ? 'warning' : 'error',
      path: [],
      position,
      message: undefined,
      data: {},
      sources: ['ledger.md'],
    });
    expect(finding.message).toMatchSnapshot();
  });

  it('names no cell when the other one is not known', () => {
    const finding = layoutProblems().layoutProblemFinding({ kind: 'duplicateKey', sheet: '端末', cell: 'C2', key: 'id' }, position);
    expect(finding.message).toStrictEqual({
      ja: 'キー id は  にもあります。同じキーが二つあると、どちらの値を確かめるか決められません。どちらか一方を削除してください（このセルの列・行は読み取っていません）',
      en: 'The key id is also at . With the same key twice, which value to check cannot be decided: delete one of them (this column or row is not read)',
    });
  });
});

describe('the instructions sheet', () => {
  it('has these lines, headings marked', () => {
    const { instructionLines } = require('../../src/workbook/instructions') as typeof import('../../src/workbook/instructions');
    const { workbookLayout } = require('../../src/workbook/layout') as typeof import('../../src/workbook/layout');
    expect(instructionLines(workbookLayout()).map((line) => (line.heading ? `${'#'.repeat(line.heading)} ${line.text}` : line.text))).toMatchSnapshot();
  });
});

describe('the marks sheet', () => {
  it('is named 指摘一覧 or Findings, and no other sheet is one', () => {
    const { isMarksSheet, MARKS_SHEET_NAMES } = require('../../src/workbook/marks-sheet') as typeof import('../../src/workbook/marks-sheet');
    expect(MARKS_SHEET_NAMES).toStrictEqual({ ja: '指摘一覧', en: 'Findings' });
    expect(['指摘一覧', 'Findings'].map(isMarksSheet)).toStrictEqual([true, true]);
    expect(['', 'findings', '指摘', '端末', 'Findings '].map(isMarksSheet)).toStrictEqual([false, false, false, false, false]);
  });
});

describe('kind', () => {
  const owner = (name: string, length = 54) => {
    const bytes = new Uint8Array(length).fill(0x20);
    bytes[0] = name.length;
    bytes.set(Buffer.from(name, 'latin1'), 1);
    return bytes;
  };

  it('knows a zip of no files and the signatures by their bytes', () => {
    const { isWorkbook, ZIP_SIGNATURE, EMPTY_ZIP_SIGNATURE, OLE2_SIGNATURE } = kind();
    expect([ZIP_SIGNATURE, EMPTY_ZIP_SIGNATURE, OLE2_SIGNATURE]).toStrictEqual([[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]);
    expect(isWorkbook('ledger', Uint8Array.from([0x50, 0x4b, 0x05, 0x06, 0, 0]))).toBe(true);
    expect(isWorkbook('ledger', Uint8Array.from([0x50, 0x4b, 0x05, 0x07]))).toBe(false);
  });

  it('knows an owner file by its name or its shape, and nothing large or signed as one', () => {
    const { isOwnerFile } = kind();
    expect(isOwnerFile('~$ledger.xlsx', Uint8Array.from([1, 2, 3]))).toBe(true);
    expect(isOwnerFile('dir/~$ledger.xlsx', new Uint8Array(0))).toBe(true);
    expect(isOwnerFile('dir\\~$ledger.xlsx', new Uint8Array(0))).toBe(true);
    expect(isOwnerFile('~$dir/ledger.xlsx', new Uint8Array(0))).toBe(false);
    expect(isOwnerFile('~$dir\\ledger.xlsx', new Uint8Array(0))).toBe(false);
    expect(isOwnerFile('a~$ledger.xlsx', new Uint8Array(0))).toBe(false);
    expect(isOwnerFile('~ledger.xlsx', new Uint8Array(0))).toBe(false);
    expect(isOwnerFile('~$ledger.xlsx', new Uint8Array(1024))).toBe(true);
    expect(isOwnerFile('~$ledger.xlsx', new Uint8Array(1025))).toBe(false);
    expect(isOwnerFile('~$ledger.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
    expect(isOwnerFile('~$ledger.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(false);
    expect(isOwnerFile('~$ledger.xlsx', Uint8Array.from([0x50, 0x4b, 0x05, 0x06]))).toBe(true);
  });

  it('knows an owner file’s shape: a length of 1 to 53, that many bytes without a NUL, spaces to byte 54', () => {
    const { isOwnerFile } = kind();
    expect(isOwnerFile('x', owner('hanako'))).toBe(true);
    expect(isOwnerFile('x', owner('hanako', 165))).toBe(true);
    expect(isOwnerFile('x', owner('hanako', 53))).toBe(false);
    expect(isOwnerFile('x', owner('a'))).toBe(true);
    expect(isOwnerFile('x', owner('a'.repeat(53)))).toBe(true);
    const zeroLength = owner('');
    expect(isOwnerFile('x', zeroLength)).toBe(false);
    const tooLong = owner('a'.repeat(53));
    tooLong[0] = 54;
    expect(isOwnerFile('x', tooLong)).toBe(false);
    const withNul = owner('hanako');
    withNul[6] = 0;
    expect(isOwnerFile('x', withNul)).toBe(false);
    const firstNul = owner('hanako');
    firstNul[1] = 0;
    expect(isOwnerFile('x', firstNul)).toBe(false);
    const notSpace = owner('hanako');
    notSpace[53] = 0x21;
    expect(isOwnerFile('x', notSpace)).toBe(false);
    const nextNotSpace = owner('hanako');
    nextNotSpace[7] = 0x21;
    expect(isOwnerFile('x', nextNotSpace)).toBe(false);
    const past = owner('hanako', 60);
    past[54] = 0x21;
    expect(isOwnerFile('x', past)).toBe(true);
  });
});

describe('workbookWords', () => {
  it('says keys, values and entries as the sheets show them, in both languages, and a path with no place as YAML does', () => {
    const { workbookWords } = require('../../src/workbook/words') as typeof import('../../src/workbook/words');
    const said = (['ja', 'en'] as const).map((lang) => {
      const words = workbookWords(lang);
      return [
        words.key('devices', 'security.os_up_to_date'),
        words.key('devices', 'security.os_up_to_date.extra'),
        words.key('', 'devices'),
        words.key('devices', 'security.lock_password'),
        words.key('devices', 'nope.x'),
        words.key('', 'facility.name'),
        words.key('facility', 'name'),
        words.value('devices', 'security.os_up_to_date', 'true'),
        words.value('devices', 'security.os_up_to_date', 'false'),
        words.value('devices', 'security.os_up_to_date', 'yes'),
        words.value('devices', 'security.os_up_to_date', 'hasOwnProperty'),
        words.value('devices', 'networks', 'carrier'),
        words.value('devices', 'locations', 'outside'),
        words.value('devices', 'type', 'tablet'),
        words.value('devices', 'os', 'windows'),
        words.value('incidents', 'carrier_remote_lock', 'null'),
        words.value('incidents', 'carrier_remote_lock', 'not_applicable'),
        words.value('devices', 'model', 'x'),
        words.value('zzz', 'q', 'v'),
        words.entry('devices', 'security.mfa', 'true'),
        words.entry('zzz', 'q', 'v'),
        words.entry('', 'users', 'x'),
      ];
    });
    expect(said).toMatchSnapshot();
  });
});
