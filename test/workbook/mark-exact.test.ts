// The marked copy in-process, exact (test/workbook/mark.test.ts checks it through the CLI, whose worker
// thread mutation runs do not see): what the parts say exceljs will not carry over, by each part name and
// the few things inside sheets and drawings; then markWorkbook on a small workbook of hers: each mark's
// fill and note (hers kept first), the list's every cell, style, width, view and link (the location alone,
// no relationship), the list first and open, the copy's dates, the same bytes twice, a second marking
// taking the first away, notes of empty cells, and the guard's refusal. Loaded inside each test.
import type ExcelJS from 'exceljs';
import type * as Mark from '../../src/workbook/mark';
import type { MarkPlan } from '../../src/workbook/mark';
import { freshFunctionsPerTest } from '../helpers/fresh';
import { readWorkbook } from '../helpers/workbook-read';

jest.setTimeout(60_000);

const { internalLink, lostFeatures, markWorkbook } = freshFunctionsPerTest(() => require('../../src/workbook/mark') as typeof Mark);
const { entriesOf, zipOf } = require('../../src/workbook/zip-write') as typeof import('../../src/workbook/zip-write');

const bytes = (text: string) => new TextEncoder().encode(text);
const parts = (named: Record<string, string>) => new Map(Object.entries(named).map(([name, text]) => [name, bytes(text)] as const));

describe('lostFeatures', () => {
  it('each part name that means a feature exceljs drops, and the near misses that do not', () => {
    const features = (name: string) => lostFeatures(parts({ [name]: '' }));
    expect(Object.fromEntries([
      'xl/media/image1.png', 'xl/richData/rdrichvalue.xml', 'xl/charts/chart1.xml', 'xl/chartsheets/sheet1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/vbaProject.bin', 'xl/slicers/slicer1.xml', 'xl/slicerCaches/slicerCache1.xml', 'xl/timelines/timeline1.xml', 'xl/timelineCaches/timelineCache1.xml', 'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml', 'xl/embeddings/oleObject1.bin', 'xl/ctrlProps/ctrlProp1.xml', 'xl/activeX/activeX1.xml', 'xl/externalLinks/externalLink1.xml', 'xl/connections.xml',
      'xl/queryTables/queryTable1.xml', 'customXml/item1.xml', 'docProps/custom.xml', 'xl/printerSettings/printerSettings1.bin', 'xl/diagrams/data1.xml',
    ].map((name) => [name, features(name)]))).toEqual({
      'xl/media/image1.png': ['images'], 'xl/richData/rdrichvalue.xml': ['images'], 'xl/charts/chart1.xml': ['charts'], 'xl/chartsheets/sheet1.xml': ['charts'],
      'xl/pivotTables/pivotTable1.xml': ['pivot-tables'], 'xl/pivotCache/pivotCacheDefinition1.xml': ['pivot-tables'], 'xl/vbaProject.bin': ['macros'], 'xl/slicers/slicer1.xml': ['slicers'],
      'xl/slicerCaches/slicerCache1.xml': ['slicers'], 'xl/timelines/timeline1.xml': ['slicers'], 'xl/timelineCaches/timelineCache1.xml': ['slicers'],
      'xl/threadedComments/threadedComment1.xml': ['threaded-comments'], 'xl/persons/person.xml': ['threaded-comments'], 'xl/embeddings/oleObject1.bin': ['embedded-objects'],
      'xl/ctrlProps/ctrlProp1.xml': ['form-controls'], 'xl/activeX/activeX1.xml': ['form-controls'], 'xl/externalLinks/externalLink1.xml': ['external-links'], 'xl/connections.xml': ['data-connections'],
      'xl/queryTables/queryTable1.xml': ['data-connections'], 'customXml/item1.xml': ['custom-xml'], 'docProps/custom.xml': ['custom-properties'],
      'xl/printerSettings/printerSettings1.bin': ['printer-settings'], 'xl/diagrams/data1.xml': ['shapes'],
    });
    for (const name of [
      'a/xl/media/image1.png', 'a/xl/richData/rdrichvalue.xml', 'a/xl/chartsheets/sheet1.xml', 'xl/media', 'xl/mediaX/a', 'xl/richData', 'xl/charts', 'xl/chartsheets', 'a/xl/charts/c.xml', 'xl/pivotTablesX/a', 'xl/pivotCacheX/a', 'a/xl/pivotTables/a',
      'xl/vbaProject.bin.rels', 'xl/vbaProjectXbin', 'a/xl/vbaProject.bin', 'xl/slicersX/a', 'xl/timelineCachesX/a', 'a/xl/slicers/a', 'xl/threadedCommentsX/a', 'xl/personsX/a', 'a/xl/persons/a',
      'xl/embeddings', 'a/xl/embeddings/a', 'xl/ctrlPropsX/a', 'xl/activeXX/a', 'a/xl/activeX/a', 'xl/externalLinks', 'a/xl/externalLinks/a', 'xl/connections.xml.rels', 'xl/connectionsXxml',
      'a/xl/connections.xml', 'xl/queryTablesX/a', 'a/xl/queryTables/a', 'customXml', 'a/customXml/a', 'docProps/custom.xml.rels', 'docProps/customXxml', 'a/docProps/custom.xml',
      'xl/printerSettings', 'a/xl/printerSettings/a', 'xl/diagrams', 'a/xl/diagrams/a', 'xl/comments1.xml', 'xl/styles.xml',
    ]) expect([name, features(name)]).toEqual([name, []]);
  });

  it('shapes in a drawing (not pictures), links to places in the workbook, dropdowns of another sheet\'s list, sparklines', () => {
    const drawing = (xml: string) => lostFeatures(parts({ 'xl/drawings/drawing1.xml': xml }));
    expect(['<xdr:sp>', '<sp macro="">', '<a:cxnSp>', '<grpSp>', '<xdr:graphicFrame macro="">', '<xdr:absoluteAnchor>', '<absoluteAnchor\n>'].map(drawing)).toEqual(Array(7).fill(['shapes']));
    expect(['<xdr:pic>', '<xdr:spPr>', '<xdr:sp/>', '<xdr:oneCellAnchor>', '<a:grpSpPr>', '<absoluteAnchorX>', 'sp', ''].map(drawing)).toEqual(Array(8).fill([]));
    expect(lostFeatures(parts({ 'xl/drawings/sub/drawing1.xml': '<xdr:sp>', 'xl/drawings/drawing1.xml.rels': '<sp>', 'a/xl/drawings/drawing1.xml': '<sp>' }))).toEqual([]);

    const sheet = (xml: string, name = 'xl/worksheets/sheet1.xml') => lostFeatures(parts({ [name]: xml }));
    expect(sheet('<hyperlinks><hyperlink ref="A1" location="\'利用者\'!F12"/></hyperlinks>')).toEqual(['internal-hyperlinks']);
    expect(sheet('<x:hyperlink\nref="A1" display="x" location="Sheet2!A1"/>')).toEqual(['internal-hyperlinks']);
    expect(sheet('<hyperlink ref="A1" r:id="rId1" location="Sheet2!A1"/><hyperlink ref="A2" r:id="rId2"/><hyperlink ref="A3" xlocation="x"/><hyperlinks location="x"/>')).toEqual([]);
    expect(sheet('<hyperlink ref="A1"/><hyperlink ref="A2" location="x"/>')).toEqual(['internal-hyperlinks']);
    expect(sheet('<x14:dataValidations count="1">')).toEqual(['sheet-list-dropdowns']);
    expect(sheet('<x14:dataValidations>')).toEqual(['sheet-list-dropdowns']);
    expect(sheet('<x14:sparklineGroups xmlns:xm="x">')).toEqual(['sparklines']);
    expect(sheet('<x14:sparklineGroups>')).toEqual(['sparklines']);
    expect(sheet('<x14:dataValidationsX><x14:sparklineGroupsX><dataValidations><sparklineGroups>')).toEqual([]);
    for (const name of ['xl/worksheets/sub/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'a/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xmlx']) {
      expect([name, sheet('<hyperlink ref="A1" location="x"/><x14:dataValidations><x14:sparklineGroups>', name)]).toEqual([name, []]);
    }
    expect(lostFeatures(parts({ 'xl/media/a.png': '', 'xl/media/b.png': '', 'xl/charts/c.xml': '', 'xl/drawings/drawing1.xml': '<sp>' }))).toEqual(['images', 'charts', 'shapes']);
  });
});

describe('internalLink', () => {
  it('a place in this workbook, the sheet quoted and its quotes doubled', () => {
    expect([internalLink('利用者', 'F12'), internalLink("it's 'x'", 'A1'), internalLink('', 'B2')]).toEqual(["#'利用者'!F12", "#'it''s ''x'''!A1", "#''!B2"]);
  });
});

const AS_OF = '2026-11-24';
const HER_CREATED = new Date(Date.UTC(2020, 0, 2, 3, 4, 5));

/** Her workbook: 利用者 with a note of hers on A3 and a green cell of hers, her own sheets named like a list. */
async function herWorkbook(edit?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = HER_CREATED;
  workbook.modified = HER_CREATED;
  const users = workbook.addWorksheet('利用者', { views: [{ state: 'normal', tabSelected: true } as unknown as ExcelJS.WorksheetView] });
  users.getCell('A1').value = '氏名';
  users.getCell('A3').value = '佐藤';
  users.getCell('A3').note = 'hers';
  users.getCell('B3').value = 'x';
  users.getCell('C3').value = 'green';
  users.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  workbook.addWorksheet('Findings').getCell('A1').value = 'my list';
  workbook.addWorksheet('FINDINGS (2)').getCell('A1').value = 'dokodemo-check, as she calls her own list';
  edit?.(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const PLAN: MarkPlan = {
  sheetName: 'Findings',
  title: 'dokodemo-check: 台帳.xlsx',
  lines: ['2 findings', 'as of 2026-11-24'],
  legend: { label: 'Colours', words: [{ text: 'error', fill: 'FFFFC7CE' }, { text: 'suppressed', fill: 'FFD9D9D9' }] },
  header: { severity: 'Severity', place: 'Cell', target: 'Target', rule: 'Rule', message: 'Message', due: 'Due' },
  groups: [
    { heading: '佐藤', rows: [{ severity: 'error', fill: 'FFFFC7CE', place: { sheet: '利用者', ref: 'A3', text: '利用者!A3' }, target: '佐藤', rule: 'mfa', message: 'm1', due: '2026-12-01' }, { severity: 'info', fill: 'FFCFE2F3', target: 't', rule: 'r', message: 'm2' }] },
    { heading: "it's", rows: [{ severity: 'warning', fill: 'FFFFEB9C', place: { sheet: "it's", ref: 'B2', text: "'it''s'!B2" }, target: 'x', rule: 'y', message: 'm3' }] },
  ],
  marks: [
    { sheet: '利用者', ref: 'A3', fill: 'FFFFC7CE', note: '【dokodemo-check】\nm1' },
    { sheet: '利用者', ref: 'B3', fill: 'FFFFEB9C', note: '【dokodemo-check】\nm2' },
    { sheet: '利用者', ref: 'C3', fill: 'FFCFE2F3', note: '【dokodemo-check】\nm3' },
    { sheet: 'nowhere', ref: 'A1', fill: 'FFFFEB9C', note: 'not marked' },
  ],
};

const xmlOf = (zip: Uint8Array) => {
  const entries = new Map(entriesOf(zip));
  return (name: string) => new TextDecoder().decode(entries.get(name));
};

const fillOf = (cell: ExcelJS.Cell) => {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill && `${fill.type}/${fill.pattern}/${fill.fgColor?.argb}/${(fill.bgColor as { indexed?: number } | undefined)?.indexed}`;
};
const noteOf = (cell: ExcelJS.Cell) => (cell.note === undefined ? undefined : typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((run) => run.text).join(''));

describe('markWorkbook', () => {
  it('marks her cells, lists the findings first with links to them, and opens on the list', async () => {
    const marked = await markWorkbook({ bytes: await herWorkbook(), asOf: AS_OF, written: false, plan: PLAN });
    expect(marked.lost).toEqual([]);
    const xml = xmlOf(marked.bytes);
    expect(xml('xl/workbook.xml')).toContain('<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="0"/></bookViews><sheets><sheet sheetId="4" name="Findings (3)" state="visible" r:id="rId4"/><sheet sheetId="1" name="利用者" state="visible" r:id="rId5"/><sheet sheetId="2" name="Findings" state="visible" r:id="rId6"/><sheet sheetId="3" name="FINDINGS (2)" state="visible" r:id="rId7"/></sheets>');
    expect(xml('xl/worksheets/sheet4.xml')).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:F11"/><sheetViews><sheetView workbookViewId="0" tabSelected="1"><pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A7" sqref="A7"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/><cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="16" customWidth="1"/><col min="3" max="3" width="24" customWidth="1"/><col min="4" max="4" width="26" customWidth="1"/><col min="5" max="5" width="80" customWidth="1"/><col min="6" max="6" width="12" customWidth="1"/></cols><sheetData><row r="1" spans="1:1" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c></row><row r="2" spans="1:1" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>1</v></c></row><row r="3" spans="1:1" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>2</v></c></row><row r="4" spans="1:3" x14ac:dyDescent="0.25"><c r="A4" t="s"><v>3</v></c><c r="B4" s="2" t="s"><v>4</v></c><c r="C4" s="3" t="s"><v>5</v></c></row><row r="6" spans="1:6" x14ac:dyDescent="0.25"><c r="A6" s="4" t="s"><v>6</v></c><c r="B6" s="4" t="s"><v>7</v></c><c r="C6" s="4" t="s"><v>8</v></c><c r="D6" s="4" t="s"><v>9</v></c><c r="E6" s="4" t="s"><v>10</v></c><c r="F6" s="4" t="s"><v>11</v></c></row><row r="7" spans="1:1" x14ac:dyDescent="0.25"><c r="A7" s="5" t="s"><v>12</v></c></row><row r="8" spans="1:6" x14ac:dyDescent="0.25"><c r="A8" s="2" t="s"><v>4</v></c><c r="B8" s="6" t="s"><v>13</v></c><c r="C8" t="s"><v>12</v></c><c r="D8" t="s"><v>14</v></c><c r="E8" s="7" t="s"><v>15</v></c><c r="F8" s="8"><v>46357</v></c></row><row r="9" spans="1:5" x14ac:dyDescent="0.25"><c r="A9" s="9" t="s"><v>16</v></c><c r="C9" t="s"><v>17</v></c><c r="D9" t="s"><v>18</v></c><c r="E9" s="7" t="s"><v>19</v></c></row><row r="10" spans="1:1" x14ac:dyDescent="0.25"><c r="A10" s="5" t="s"><v>20</v></c></row><row r="11" spans="1:5" x14ac:dyDescent="0.25"><c r="A11" s="10" t="s"><v>21</v></c><c r="B11" s="6" t="s"><v>22</v></c><c r="C11" t="s"><v>23</v></c><c r="D11" t="s"><v>24</v></c><c r="E11" s="7" t="s"><v>25</v></c></row></sheetData><hyperlinks><hyperlink ref="B8" location="&apos;利用者&apos;!A3"/><hyperlink ref="B11" location="&apos;it&apos;&apos;s&apos;!B2"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>');
    expect(xml('xl/worksheets/_rels/sheet4.xml.rels')).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
    expect(xml('xl/worksheets/sheet1.xml')).not.toContain('tabSelected="1"');
    expect(xml('xl/comments1.xml')).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Author</author></authors><commentList><comment ref="A3" authorId="0"><text><r><t xml:space="preserve">hers\n\n【dokodemo-check】\nm1</t></r></text></comment><comment ref="B3" authorId="0"><text><r><t xml:space="preserve">【dokodemo-check】\nm2</t></r></text></comment><comment ref="C3" authorId="0"><text><r><t xml:space="preserve">【dokodemo-check】\nm3</t></r></text></comment></commentList></comments>');
    expect(xml('docProps/core.xml')).toContain('<cp:lastModifiedBy>dokodemo-check</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2020-01-02T03:04:05Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-24T00:00:00Z</dcterms:modified>');

    const workbook = await readWorkbook(marked.bytes);
    const users = workbook.getWorksheet('利用者')!;
    expect(['A1', 'A3', 'B3', 'C3'].map((ref) => [ref, fillOf(users.getCell(ref)), noteOf(users.getCell(ref))])).toEqual([
      ['A1', undefined, undefined],
      ['A3', 'pattern/solid/FFFFC7CE/64', 'hers\n\n【dokodemo-check】\nm1'],
      ['B3', 'pattern/solid/FFFFEB9C/64', '【dokodemo-check】\nm2'],
      ['C3', 'pattern/solid/FFCFE2F3/64', '【dokodemo-check】\nm3'],
    ]);
    const list = workbook.getWorksheet('Findings (3)')!;
    const cells: Record<string, unknown> = {};
    list.eachRow((row) => row.eachCell((cell) => (cells[cell.address] = [cell.value, fillOf(cell), cell.font, cell.alignment, cell.numFmt])));
    expect(cells).toEqual({
      A1: ['dokodemo-check: 台帳.xlsx', 'pattern/none/undefined/undefined', { bold: true, family: 2, size: 14, name: 'Calibri' }, undefined, undefined],
      A2: ['2 findings', undefined, undefined, undefined, undefined],
      A3: ['as of 2026-11-24', undefined, undefined, undefined, undefined],
      A4: ['Colours', undefined, undefined, undefined, undefined],
      B4: ['error', 'pattern/solid/FFFFC7CE/64', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, undefined, undefined],
      C4: ['suppressed', 'pattern/solid/FFD9D9D9/64', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, undefined, undefined],
      A6: ['Severity', 'pattern/solid/FFD9D9D9/64', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      B6: ['Cell', 'pattern/solid/FFD9D9D9/64', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      C6: ['Target', 'pattern/solid/FFD9D9D9/64', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      D6: ['Rule', 'pattern/solid/FFD9D9D9/64', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      E6: ['Message', 'pattern/solid/FFD9D9D9/64', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      F6: ['Due', 'pattern/solid/FFD9D9D9/64', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      A7: ['佐藤', 'pattern/none/undefined/undefined', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      A8: ['error', 'pattern/solid/FFFFC7CE/64', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, undefined, undefined],
      B8: ['利用者!A3', 'pattern/none/undefined/undefined', { underline: true, color: { argb: 'FF0563C1' }, family: 2, name: 'Calibri' }, undefined, undefined],
      C8: ['佐藤', undefined, undefined, undefined, undefined],
      D8: ['mfa', undefined, undefined, undefined, undefined],
      E8: ['m1', 'pattern/none/undefined/undefined', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, { vertical: 'top', wrapText: true }, undefined],
      F8: [new Date('2026-12-01T00:00:00Z'), 'pattern/none/undefined/undefined', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, undefined, 'yyyy-mm-dd'],
      A9: ['info', 'pattern/solid/FFCFE2F3/64', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, undefined, undefined],
      C9: ['t', undefined, undefined, undefined, undefined],
      D9: ['r', undefined, undefined, undefined, undefined],
      E9: ['m2', 'pattern/none/undefined/undefined', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, { vertical: 'top', wrapText: true }, undefined],
      A10: ['it\'s', 'pattern/none/undefined/undefined', { bold: true, family: 2, name: 'Calibri' }, undefined, undefined],
      A11: ['warning', 'pattern/solid/FFFFEB9C/64', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, undefined, undefined],
      B11: ['\'it\'\'s\'!B2', 'pattern/none/undefined/undefined', { underline: true, color: { argb: 'FF0563C1' }, family: 2, name: 'Calibri' }, undefined, undefined],
      C11: ['x', undefined, undefined, undefined, undefined],
      D11: ['y', undefined, undefined, undefined, undefined],
      E11: ['m3', 'pattern/none/undefined/undefined', { color: { theme: 1 }, family: 2, scheme: 'minor', size: 11, name: 'Calibri' }, { vertical: 'top', wrapText: true }, undefined],
    });
    expect(Array.from({ length: 7 }, (_, index) => list.getColumn(index + 1).width)).toEqual([12, 16, 24, 26, 80, 12, undefined]);
    expect(list.views).toEqual([{ workbookViewId: 0, rightToLeft: false, state: 'frozen', xSplit: 0, ySplit: 6, topLeftCell: 'A7', showRuler: true, showRowColHeaders: true, showGridLines: true, zoomScale: 100, zoomScaleNormal: 100, activeCell: 'A7' }]);
  });
});

describe('markWorkbook, again and at the edges', () => {
  /** Cells a previous marking left: her green cell noted by it, a note of hers before its text, a note of hers on a marking's colour. */
  const leftovers = (workbook: ExcelJS.Workbook) => {
    const users = workbook.getWorksheet('利用者')!;
    users.getCell('D3').value = 'recoloured';
    users.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    users.getCell('D3').note = '【dokodemo-check】\nold';
    users.getCell('E3').value = 'noted';
    users.getCell('E3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    users.getCell('E3').note = 'her note\n\n【dokodemo-check】\nold';
    users.getCell('F3').value = 'hers';
    users.getCell('F3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
    users.getCell('F3').note = 'plain, 【dokodemo-check】 inside';
    workbook.views = [{ x: 10, y: 20, width: 30000, height: 15000, firstSheet: 2, activeTab: 2, visibility: 'visible' }];
  };

  it('a second marking takes the first away: its list, its text in each note, its colours; hers stay', async () => {
    const first = await markWorkbook({ bytes: await herWorkbook(leftovers), asOf: AS_OF, written: false, plan: PLAN });
    const again = { ...PLAN, title: 'dokodemo-check: again', lines: [], groups: [], marks: [{ sheet: '利用者', ref: 'B3', fill: 'FFCFE2F3', note: '【dokodemo-check】\nn2' }] };
    const second = await markWorkbook({ bytes: first.bytes, asOf: '2026-12-01', written: true, plan: again });
    expect(Buffer.from((await markWorkbook({ bytes: first.bytes, asOf: '2026-12-01', written: true, plan: again })).bytes)).toEqual(Buffer.from(second.bytes));
    const xml = xmlOf(second.bytes);
    expect(xml('xl/workbook.xml')).toContain('<bookViews><workbookView xWindow="10" yWindow="20" windowWidth="30000" windowHeight="15000" firstSheet="0" activeTab="0"/></bookViews><sheets><sheet sheetId="4" name="Findings (3)" state="visible" r:id="rId4"/><sheet sheetId="1" name="利用者" state="visible" r:id="rId5"/><sheet sheetId="2" name="Findings" state="visible" r:id="rId6"/><sheet sheetId="3" name="FINDINGS (2)" state="visible" r:id="rId7"/></sheets>');
    expect(xml('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T00:00:00Z</dcterms:modified>');
    const workbook = await readWorkbook(second.bytes);
    const users = workbook.getWorksheet('利用者')!;
    expect(['A3', 'B3', 'C3', 'D3', 'E3', 'F3'].map((ref) => [ref, fillOf(users.getCell(ref)), noteOf(users.getCell(ref))])).toEqual([
      ['A3', undefined, 'hers'],
      ['B3', 'pattern/solid/FFCFE2F3/64', '【dokodemo-check】\nn2'],
      ['C3', undefined, undefined],
      ['D3', 'pattern/solid/FF00FF00/undefined', undefined],
      ['E3', undefined, 'her note'],
      ['F3', 'pattern/solid/FFFFEB9C/undefined', 'plain, 【dokodemo-check】 inside'],
    ]);
    expect(workbook.getWorksheet('Findings (3)')!.getCell('A1').value).toBe('dokodemo-check: again');
    expect(workbook.getWorksheet('Findings')!.getCell('A1').value).toBe('my list');
  });

  it('a workbook without a created date gets the as-of day; notes of empty cells are named as lost; the guard\'s refusal is thrown', async () => {
    const entries = entriesOf(await herWorkbook((workbook) => {
      workbook.getWorksheet('利用者')!.getCell('H9').note = 'on an empty cell';
      workbook.removeWorksheet(workbook.getWorksheet('FINDINGS (2)')!.id);
    }));
    const parts = entries.map(([name, data]): [string, Uint8Array] => {
      const text = new TextDecoder().decode(data);
      if (name === 'docProps/core.xml') return [name, bytes(text.replace(/<dcterms:created[^>]*>[^<]*<\/dcterms:created>/, ''))];
      if (name === 'xl/worksheets/sheet1.xml') return [name, bytes(text.replace(/<c r="H9"[^>]*\/>|<c r="H9".*?<\/c>/, ''))];
      return [name, data];
    });
    const marked = await markWorkbook({ bytes: zipOf(parts, AS_OF), asOf: AS_OF, written: false, plan: { ...PLAN, marks: [] } });
    expect(marked.lost).toEqual(['empty-cell-notes']);
    expect(xmlOf(marked.bytes)('xl/workbook.xml')).toContain('<sheets><sheet sheetId="3" name="Findings (2)" state="visible" r:id="rId4"/><sheet sheetId="1" name="利用者" state="visible" r:id="rId5"/><sheet sheetId="2" name="Findings" state="visible" r:id="rId6"/></sheets>');
    expect(xmlOf(marked.bytes)('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-24T00:00:00Z</dcterms:created>');
    const { guardWorkbook } = require('../../src/workbook/zip-guard') as typeof import('../../src/workbook/zip-guard');
    const refused = guardWorkbook(bytes('not a workbook'));
    expect(refused.ok).toBe(false);
    await expect(markWorkbook({ bytes: bytes('not a workbook'), asOf: AS_OF, written: false, plan: PLAN })).rejects.toThrow(new Error(!refused.ok ? refused.message.en : ''));
  });
});
