// YAML → xlsx → YAML loses nothing: every example, and generated ledgers shaped by the schema (notes
// and x- fields at every level, nulls, empty lists, awkward text), through a real workbook written by
// the writer and read back by the reader.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { cellsToLedger } from '../../src/workbook/codec';
import { workbookLayout } from '../../src/workbook/layout';
import { writeLedgerWorkbook } from '../../src/workbook/write';
import { readWorkbook as readLedgerWorkbook } from '../../src/workbook/read';
import { readSheets } from '../../src/workbook/sheets';
import { readWorkbook, zipParts } from '../helpers/workbook-read';
import { propertyOptions } from '../helpers/fast-check';

const EXAMPLES = ['examples/home-nursing-clean.yaml', 'examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml'];
const layout = workbookLayout();

/** Written by the writer, read by the reader as check reads it (zip guard, exceljs, the layout's codec). */
async function throughWorkbook(ledger: unknown): Promise<unknown> {
  const read = await readLedgerWorkbook(await writeLedgerWorkbook({ ledger }));
  if (!read.ok) throw new Error(read.message.en);
  return read.ledger.value;
}

// ---- ledgers shaped by the schema

interface SchemaNode {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  minimum?: number;
}

const awkwardText = fc.constantFrom('=1+2', '+81 3', '-5', '@SUM(A1:A2)', '\t=cmd', '\r=cmd', 'yaml:x', 'なし', 'はい', '対象外', '', ' ', '施設外: 訪問先', 'a, b', 'line\nbreak', ' padded ', '2026-11-01', '12', 'true', 'null', '~');
const text = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }, { weight: 2, arbitrary: awkwardText });
const day = fc.oneof(
  { weight: 5, arbitrary: fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('1899-12-31', '1900-02-28', '2026-02-30', '2026/11/01', '令和8年11月1日') },
);
const xValue = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }), fc.constant([]), fc.constant({}));
const xKey = fc.oneof(fc.constantFrom('x-a', 'x-内線', 'x-a.b', 'x-', 'x- spaced'), fc.string({ maxLength: 6 }).map((tail) => `x-${tail}`));

function arbitraryOf(node: SchemaNode, key = ''): fc.Arbitrary<unknown> {
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...node.enum) }, { weight: 1, arbitrary: text });
  if (node.anyOf) return fc.oneof(...node.anyOf.map((option) => arbitraryOf(option)));
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const options: fc.Arbitrary<unknown>[] = [];
  if (types.includes('null')) options.push(fc.constant(null));
  if (types.includes('string')) options.push(node.format === 'date' ? day : node.format === 'email' ? fc.emailAddress() : text);
  if (types.includes('boolean')) options.push(fc.boolean());
  if (types.includes('integer')) options.push(fc.integer({ min: node.minimum ?? -5, max: 64 }));
  if (types.includes('array') && node.items) options.push(fc.array(arbitraryOf(node.items, key), { minLength: node.minItems ?? 0, maxLength: key === 'devices' || key === 'users' ? 4 : 3 }));
  if (types.includes('object') && node.properties) options.push(objectOf(node));
  if (options.length === 0) return xValue;
  return options.length === 1 ? options[0] : fc.oneof(...options);
}

function objectOf(node: SchemaNode): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(node.required ?? []);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, child] of Object.entries(node.properties ?? {})) fields[key] = arbitraryOf(child, key);
  return fc
    .tuple(fc.record(fields, { requiredKeys: [...required] as string[] }), fc.dictionary(xKey, xValue, { maxKeys: 2 }))
    .map(([record, extra]) => ({ ...record, ...extra }));
}

const schema = JSON.parse(readFileSync('schemas/ledger.schema.json', 'utf8')) as SchemaNode;
const ledgers = objectOf(schema);

describe('YAML → xlsx → YAML', () => {
  test.each(EXAMPLES)('%s comes back the same', async (file) => {
    const ledger = parse(readFileSync(file, 'utf8'));
    expect(await throughWorkbook(ledger)).toStrictEqual(ledger);
  });

  test('generated ledgers come back the same', async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, async (ledger) => {
        expect(await throughWorkbook(ledger)).toStrictEqual(ledger);
      }),
      propertyOptions(20261126, 25),
    );
  }, 60_000);

  test('text that looks like a formula is written as text, never as a formula, and reads back the same', async () => {
    const ledger = parse(readFileSync(EXAMPLES[0], 'utf8'));
    const dangerous = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2+3', '@SUM(1,2)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0'];
    ledger.users[0].name = dangerous[0];
    ledger.users[0].job_type = dangerous[1];
    ledger.users[0].affiliation = dangerous[2];
    ledger.devices[0].model = dangerous[3];
    ledger.devices[0]['x-a'] = dangerous[4];
    ledger.devices[0]['x-b'] = dangerous[5];
    ledger.facility.name = dangerous[6];
    const bytes = await writeLedgerWorkbook({ ledger });
    const sheets = await zipParts(bytes, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.size).toBe(5); // 説明 施設 管理者 端末 利用者
    for (const xml of sheets.values()) expect(xml).not.toMatch(/<f[\s>]/);
    expect(cellsToLedger(await readSheets(bytes), layout).value).toStrictEqual(ledger);
    // formatted as Text, so that editing and re-entering the cell in Excel keeps it text
    const workbook = await readWorkbook(bytes);
    const users = workbook.getWorksheet('利用者')!;
    expect(users.getCell('A3').value).toBe(dangerous[0]);
    expect(users.getCell('A3').numFmt).toBe('@');
    const devices = workbook.getWorksheet('端末')!;
    const extra = (devices.getRow(2).values as unknown[]).indexOf('x-a'); // a column of no kind: no column style
    expect(devices.getCell(3, extra).value).toBe(dangerous[4]);
    expect(devices.getCell(3, extra).numFmt).toBe('@');
  });
});
