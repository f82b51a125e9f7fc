// The workbook reader's small modules called directly (src/workbook/{xml,package,strings,styles,
// dates,merges,fault}.ts), each answer exact: the events the XML scanner gives and where it stops, the
// parts a package finds and how relationships resolve, shared strings without their furigana, which
// styles show dates, ISO date cells, and merges filled, emptied and bounded. Written from what each
// module's comments promise (ECMA-376 and XML 1.0 where they say so), for the mutants the reader's
// mutation run left alive when only whole workbooks reached these modules.
import type { WorkbookFault } from '../../src/workbook/fault';
import { MAX_WORKBOOK_CELLS } from '../../src/workbook/zip-guard';
import type { CellRange, SheetData } from '../../src/workbook/sheet-data';
import type { CellValue } from '../../src/workbook/codec';

// Each test loads the modules afresh: their patterns and tables (ENTITY, TAG, ISO_DAY, NOT_TOKENS, the built-in
// date ids) then count for every test that reads them, not only for the first (Stryker's perTest coverage).
beforeEach(() => jest.resetModules());

const xml = () => require('../../src/workbook/xml') as typeof import('../../src/workbook/xml');
const pkg = () => require('../../src/workbook/package') as typeof import('../../src/workbook/package');
const strings = () => require('../../src/workbook/strings') as typeof import('../../src/workbook/strings');
const styles = () => require('../../src/workbook/styles') as typeof import('../../src/workbook/styles');
const dates = () => require('../../src/workbook/dates') as typeof import('../../src/workbook/dates');
const merges = () => require('../../src/workbook/merges') as typeof import('../../src/workbook/merges');
const faults = () => require('../../src/workbook/fault') as typeof import('../../src/workbook/fault');

/** Every event of a scan, in order: `<name attributes/>`, `</name>`, `"text"`. */
function events(text: string): string[] {
  const seen: string[] = [];
  xml().scanXml(text, {
    open: (name, attributes, selfClosing) => seen.push(`<${name}|${attributes}|${selfClosing ? 'self' : 'open'}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (content) => seen.push(JSON.stringify(content)),
  });
  return seen;
}

/** The events a scan gave before it stopped, and the XmlError's message. */
function eventsUntilStop(text: string): string[] {
  const seen: string[] = [];
  try {
    xml().scanXml(text, {
      open: (name) => seen.push(`<${name}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (content) => seen.push(JSON.stringify(content)),
    });
  } catch (error) {
    seen.push(`stop: ${(error as Error).message}`);
  }
  return seen;
}

/** The XmlError a scan stops with (its message), or 'none'. */
function stop(text: string): string {
  try {
    events(text);
    return 'none';
  } catch (error) {
    expect(error).toBeInstanceOf(xml().XmlError);
    return (error as Error).message;
  }
}

const parts = (entries: Record<string, string | Buffer>) =>
  new (pkg().WorkbookPackage)(new Map(Object.entries(entries).map(([name, data]) => [name, typeof data === 'string' ? Buffer.from(data) : data])));

const damagedMessage = (en: string, ja: string) => ({
  ja: `ブックが壊れているか、途中で切れています（${ja}）。Excel で開けるか確かめ、開けたら保存し直してください`,
  en: `the workbook is damaged or cut short (${en}); check that Excel opens it, and if so save it again`,
});

describe('scanXml: tags, text and where it stops', () => {
  it('gives start tags (local name, attributes as written, self-closing), end tags and text inside the root', () => {
    expect(events('<?xml version="1.0"?><x:a  k = "1"  y=\'2\' ><b/><c >t</c ></x:a>')).toEqual([
      '<a|  k = "1"  y=\'2\'|open>', '<b||self>', '</b>', '<c||open>', '"t"', '</c>', '</a>',
    ]);
    expect(events('<a><b x="1" /></a>')).toEqual(['<a||open>', '<b| x="1"|self>', '</b>', '</a>']);
    expect(events('<a y=\'two\' z="">\'</a>')).toEqual(['<a| y=\'two\' z=""|open>', '"\'"', '</a>']);
  });

  it('text outside the root is no event, and no empty text between adjacent tags', () => {
    expect(events('lead<a>in</a>trail')).toEqual(['<a||open>', '"in"', '</a>']);
    expect(events('<a></a>')).toEqual(['<a||open>', '</a>']);
    expect(events('\n<a>x<b/>y</a>\n')).toEqual(['<a||open>', '"x"', '<b||self>', '</b>', '"y"', '</a>']);
  });

  it('skips a byte order mark, comments and processing instructions; reads CDATA as text with its line ends made LF', () => {
    expect(events('\uFEFF<a/>')).toEqual(['<a||self>', '</a>']);
    expect(events('<a>1<!-- <b> -->2<?pi <c>?>3<![CDATA[<d>&amp;\r\ne\rf]]>4</a>')).toEqual([
      '<a||open>', '"1"', '"2"', '"3"', '"<d>&amp;\\ne\\nf"', '"4"', '</a>',
    ]);
    // a comment's end is searched after its opening: `<!-->` does not end itself
    expect(events('<a><!-->x-->y</a>')).toEqual(['<a||open>', '"y"', '</a>']);
    expect(events('<a><??>z</a>')).toEqual(['<a||open>', '"z"', '</a>']);
    // a processing instruction whose text starts with -- is no comment
    expect(events('<a><?--?>x</a>')).toEqual(['<a||open>', '"x"', '</a>']);
    // ends are searched from after the opening, not before it
    expect(events('<a>?><?x?>y</a>')).toEqual(['<a||open>', '"?>"', '"y"', '</a>']);
    expect(events('<a>]]><![CDATA[c]]>d</a>')).toEqual(['<a||open>', '"]]>"', '"c"', '"d"', '</a>']);
  });

  it('a name\'s prefix is dropped, even an empty one; text before the end of an unclosed part is given before it stops', () => {
    expect(events('<:a></:a>')).toEqual(['<a||open>', '</a>']);
    expect(eventsUntilStop('<a>tail')).toEqual(['<a>', '"tail"', 'stop: unclosed']);
    expect(eventsUntilStop('<a><b>x</a>')).toEqual(['<a>', '<b>', '"x"', 'stop: mismatched']);
  });

  it('decodes entities and character references in text; CR LF and a lone CR are LF, &#13; stays a CR', () => {
    expect(events('<a>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;&#13;&unknown;&#0;&#xD800;&#xDFFF;&#x110000;a\r\nb\rc</a>')).toEqual([
      '<a||open>', JSON.stringify('&<>"\'AB\u{1F600}\r&unknown;&#0;&#xD800;&#xDFFF;&#x110000;a\nb\nc'), '</a>',
    ]);
  });

  it('stops at what is not well-formed, saying what', () => {
    expect(['<a></b>', '<a>', '<a><b></a>', '<a></a', '<a><!-- x</a>', '<a><? x</a>', '<a><![CDATA[x</a>', '<!DOCTYPE a><a/>', '<a><!x></a>', '<a><></a>', '<a b></a>', '<a>x</a></a>'].map(stop)).toEqual([
      'mismatched', 'unclosed', 'mismatched', 'unterminated', 'unterminated', 'unterminated', 'unterminated', 'declaration', 'declaration', 'tag', 'tag', 'mismatched',
    ]);
    expect(['<a/>', '<a></a>', '<x:a></a>', '</a>', '<a><=></=></a>'].map(stop)).toEqual(['none', 'none', 'none', 'mismatched', 'none']);
  });
});

describe('decodeEntities and attributesOf', () => {
  it('decodes the five named entities and usable code points; leaves the rest as written', () => {
    const { decodeEntities } = xml();
    expect(['a &amp; b', '&#1;', '&#1114111;', '&#x10FFFF;', '&#55295;', '&#57344;', '&#55296;', '&#57343;', '&#1114112;', '&#0;', 'plain', '&', '&amp', '&#;'].map(decodeEntities)).toEqual([
      'a & b', '\u0001', '\u{10FFFF}', '\u{10FFFF}', '\uD7FF', '\uE000', '&#55296;', '&#57343;', '&#1114112;', '&#0;', 'plain', '&', '&amp', '&#;',
    ]);
  });

  it('reads attributes by local name, leaves namespace declarations out, normalises tabs and line ends to spaces', () => {
    const { attributesOf } = xml();
    const attributes = attributesOf(' xmlns="m" xmlns:r="r" r:id="rId1" t = \'s\' u=\'two words\' v="a&amp;b" w="1\t2\r\n3\n4\r5" e="" constructor="c"');
    expect({ ...attributes }).toEqual({ id: 'rId1', t: 's', u: 'two words', v: 'a&b', w: '1 2 3 4 5', e: '', constructor: 'c' });
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.getPrototypeOf(attributesOf(''))).toBeNull();
    expect({ ...attributesOf('') }).toEqual({});
    // the pattern is global and shared: a second call starts from the beginning again
    expect({ ...attributesOf(' a="1"') }).toEqual({ a: '1' });
    expect({ ...attributesOf(' a="1"') }).toEqual({ a: '1' });
    expect({ ...attributesOf(' x="&#13;&#10;&#9;"') }).toEqual({ x: '\r\n\t' });
  });
});

describe('xmlTree and childrenAt', () => {
  it('keeps the named elements under kept ancestors, with their attributes and their own text', () => {
    const { xmlTree, childrenAt } = xml();
    const tree = xmlTree('<r:Root xmlns:r="x"><Item Id="1">one<Skip>no<Item Id="9"/></Skip>more</Item><Item Id="2"/><Other>t</Other></r:Root>', new Set(['Root', 'Item']));
    const plain = (element: import('../../src/workbook/xml').XmlElement): unknown => ({
      name: element.name, attributes: { ...element.attributes }, text: element.text, children: element.children.map(plain),
    });
    expect(plain(tree)).toEqual({
      name: '', attributes: {}, text: '', children: [
        { name: 'Root', attributes: {}, text: '', children: [
          { name: 'Item', attributes: { Id: '1' }, text: 'onemore', children: [] },
          { name: 'Item', attributes: { Id: '2' }, text: '', children: [] },
        ] },
      ],
    });
    expect(childrenAt(tree, 'Root', 'Item').map((element) => element.attributes.Id)).toEqual(['1', '2']);
    expect(childrenAt(tree, 'Item')).toEqual([]);
    expect(childrenAt(tree)).toEqual([tree]);
  });
});

describe('WorkbookPackage', () => {
  it('finds a part in any ASCII casing, and only ASCII letters fold', () => {
    const book = parts({ 'xl/Workbook.xml': '<a/>', 'xl/É.xml': '<b/>' });
    expect(['XL/WORKBOOK.XML', 'xl/workbook.xml', 'xl/Workbook.xml', 'xl/é.xml', 'xl/É.xml', 'xl/x.xml'].map((name) => book.find(name))).toEqual([
      'xl/Workbook.xml', 'xl/Workbook.xml', 'xl/Workbook.xml', undefined, 'xl/É.xml', undefined,
    ]);
  });

  it('reads a part as UTF-8, or as UTF-16 after its byte order mark; none for a missing part', () => {
    const book = parts({
      'utf16.xml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>日本</a>', 'utf16le')]),
      'ff.xml': Buffer.from([0xff, 0x41]),
      'fe.xml': Buffer.from([0x41, 0xfe]),
      'utf8.xml': '<a>日本</a>',
    });
    expect(parts({ 'xl/a%20b.xml': '<x/>', 'xl/a b.xml': '<y/>', 'xl/_rels/w.xml.rels': '<Relationships><Relationship Id="1" Type="t" Target="a%20b.xml"/></Relationships>' }).relationships('xl/w.xml')).toEqual([
      { id: '1', type: 't', part: 'xl/a%20b.xml' },
    ]);
    expect(['utf16.xml', 'ff.xml', 'fe.xml', 'utf8.xml', 'none.xml'].map((name) => book.text(name))).toEqual(['<a>日本</a>', '\uFFFDA', 'A\uFFFD', '<a>日本</a>', undefined]);
  });

  it('scans a part (false when there is none); a part that is not XML is damage named after it; other errors pass', () => {
    const book = parts({ 'a.xml': '<a>t</a>', 'bad.xml': '<a>' });
    const seen: string[] = [];
    const handler = { open: (name: string) => seen.push(name), close: () => undefined, text: (text: string) => seen.push(text) };
    expect([book.scan('a.xml', handler), book.scan('none.xml', handler)]).toEqual([true, false]);
    expect(seen).toEqual(['a', 't']);
    let fault: unknown;
    try {
      book.scan('bad.xml', handler);
    } catch (error) {
      fault = error;
    }
    expect(fault).toBeInstanceOf(faults().WorkbookFault);
    expect((fault as WorkbookFault).reason).toEqual(damagedMessage('bad.xml is not readable XML', 'bad.xml が XML として読めません'));
    const own = new RangeError('mine');
    expect(() => book.scan('a.xml', { ...handler, open: () => { throw own; } })).toThrow(own);
    expect(() => book.tree('a.xml', ['a'])).not.toThrow();
  });

  it('reads a small part as a tree; none when missing; damage when not XML', () => {
    const book = parts({ 'a.xml': '<a><b>x</b></a>', 'bad.xml': '<a></b>' });
    expect(book.tree('A.XML', ['a', 'b'])!.children[0]!.children[0]!.text).toBe('x');
    expect(book.tree('none.xml', ['a'])).toBeUndefined();
    let fault: unknown;
    try {
      book.tree('bad.xml', ['a']);
    } catch (error) {
      fault = error;
    }
    expect((fault as WorkbookFault).reason).toEqual(damagedMessage('bad.xml is not readable XML', 'bad.xml が XML として読めません'));
  });

  it('resolves relationships against the part\'s folder: relative, `..`, absolute, percent-encoded, external, missing attributes', () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://x/officeDocument/2006/relationships/worksheet" Target="worksheets/Sheet1.xml"/>
      <Relationship Id="rId2" Type="t/styles" Target="/xl/styles.xml"/>
      <Relationship Id="rId3" Type="t/x" Target="../docProps/app.xml"/>
      <Relationship Id="rId4" Type="t/x" Target="worksheets/sheet%202.xml"/>
      <Relationship Id="rId5" Type="t/hyperlink" Target="https://example.com/" TargetMode="External"/>
      <Relationship Id="rId6" Type="t/x" Target="worksheets/%E0%A4%A.xml"/>
      <Relationship Id="rId7" Type="t/x" Target="worksheets/absent%20part.xml"/>
      <Relationship Id="rId8" Type="t/x" Target="../../up.xml"/>
      <Relationship/>
    </Relationships>`;
    const book = parts({
      'xl/_rels/workbook.xml.rels': rels,
      'xl/worksheets/sheet1.xml': '<worksheet/>',
      'xl/styles.xml': '<styleSheet/>',
      'docProps/app.xml': '<Properties/>',
      'xl/worksheets/sheet 2.xml': '<worksheet/>',
    });
    expect(book.relationships('xl/workbook.xml')).toEqual([
      { id: 'rId1', type: 'http://x/officeDocument/2006/relationships/worksheet', part: 'xl/worksheets/sheet1.xml' },
      { id: 'rId2', type: 't/styles', part: 'xl/styles.xml' },
      { id: 'rId3', type: 't/x', part: 'docProps/app.xml' },
      { id: 'rId4', type: 't/x', part: 'xl/worksheets/sheet 2.xml' },
      { id: 'rId5', type: 't/hyperlink', part: undefined },
      { id: 'rId6', type: 't/x', part: 'xl/worksheets/%E0%A4%A.xml' },
      { id: 'rId7', type: 't/x', part: 'xl/worksheets/absent%20part.xml' },
      { id: 'rId8', type: 't/x', part: undefined },
      { id: '', type: '', part: 'xl' },
    ]);
    expect(book.relationships('xl/worksheets/sheet1.xml')).toEqual([]);
    expect(parts({ '_rels/.rels': '<Relationships><Relationship Id="r" Type="t" Target="xl/workbook.xml"/></Relationships>', 'xl/workbook.xml': '<w/>' }).relationships('')).toEqual([
      { id: 'r', type: 't', part: 'xl/workbook.xml' },
    ]);
  });

  it('resolvedName: `.` and empty segments skipped, `..` up, above the root or at it is none', () => {
    const { resolvedName } = pkg();
    expect([
      ['xl/workbook.xml', 'worksheets/sheet1.xml'], ['xl/workbook.xml', './a//b.xml'], ['xl/worksheets/sheet1.xml', '../drawings/d.xml'],
      ['xl/workbook.xml', '/docProps/core.xml'], ['xl/workbook.xml', '../../x.xml'], ['xl/workbook.xml', '..'], ['xl/workbook.xml', '/'], ['workbook.xml', 'a.xml'],
      ['xl/a/b.xml', '../../c.xml'],
    ].map(([source, target]) => resolvedName(source!, target!))).toEqual([
      'xl/worksheets/sheet1.xml', 'xl/a/b.xml', 'xl/drawings/d.xml', 'docProps/core.xml', undefined, undefined, undefined, 'a.xml', 'c.xml',
    ]);
  });

  it('typeIs reads a relationship type by its last segment', () => {
    const { typeIs } = pkg();
    const of = (type: string) => ({ id: '', type, part: undefined });
    expect([typeIs(of('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet'), 'worksheet'), typeIs(of('x/chartsheet'), 'sheet'), typeIs(of('worksheet'), 'worksheet')]).toEqual([true, false, false]);
  });
});

describe('shared strings and string items', () => {
  it('unescapes _xHHHH_ (either case), once, left to right', () => {
    const { unescapeText } = strings();
    expect(['a_x000D_b', '_x00e9__x00E9_', '_x005F_x0041_', '_x41_', '_xZZZZ_', 'plain_x', '_x0041'].map(unescapeText)).toEqual([
      'a\rb', 'éé', '_x0041_', '_x41_', '_xZZZZ_', 'plain_x', '_x0041',
    ]);
  });

  it('joins an item\'s runs, never its phonetic guide (nested or not), and starts afresh after take', () => {
    const { StringText } = strings();
    const item = new StringText();
    item.add('before');
    item.open('t');
    item.add('山');
    item.close('t');
    item.add('between');
    item.open('rPh');
    item.open('t');
    item.add('やま');
    item.close('t');
    item.close('rPh');
    item.open('r');
    item.open('t');
    item.add('田_x0041_');
    item.close('t');
    item.close('r');
    expect(item.take()).toBe('山田A');
    item.open('rPh');
    item.open('t');
    expect(item.take()).toBe('');
    item.open('t');
    item.add('next');
    expect(item.take()).toBe('next');
    item.add('outside');
    expect(item.take()).toBe('');
    // only <t> holds text: not a run, its properties, or what another element's end leaves open
    item.open('r');
    item.add('run');
    item.open('rPr');
    item.add('props');
    expect(item.take()).toBe('');
    item.open('t');
    item.add('a');
    item.close('b');
    item.add('b');
    item.close('t');
    item.add('c');
    expect(item.take()).toBe('ab');
  });

  it('sharedStrings: none without the part; each <si> one string, furigana left out, text outside <si> ignored', () => {
    const { sharedStrings } = strings();
    const book = parts({
      'xl/sharedStrings.xml': '<sst><si><t>佐藤</t><rPh sb="0" eb="2"><t>サトウ</t></rPh></si><si><r><t>A</t></r><r><rPr><b/></rPr><t xml:space="preserve"> B </t></r></si><si/><si><t>_x000A_</t></si><extLst><t>no</t></extLst></sst>',
    });
    expect(sharedStrings(book, 'xl/sharedStrings.xml')).toEqual(['佐藤', 'A B ', '', '\n']);
    expect(sharedStrings(book, undefined)).toEqual([]);
    const strays = parts({ 's.xml': '<sst><t>before</t><si><t>a</t></si><t>between</t><si><t>b</t></si></sst>' });
    expect(sharedStrings(strays, 's.xml')).toEqual(['a', 'b']);
    expect(sharedStrings(book, 'xl/none.xml')).toEqual([]);
  });
});

describe('dateStyles', () => {
  it('one flag per cellXfs xf: built-in date ids, custom codes by id, cellStyleXfs and dxfs not counted', () => {
    const { dateStyles } = styles();
    const book = parts({
      'xl/styles.xml': `<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy/m/d"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166"/><numFmt formatCode="yyyy"/></numFmts>
        <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="49"/><xf numFmtId="14"><alignment/></xf></cellXfs>
        <dxfs><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs><xf numFmtId="14"/></styleSheet>`,
    });
    expect(dateStyles(book, 'xl/styles.xml')).toEqual([false, true, false, true, false, false, false, true]);
    // a code without an id, a differential format's code, and a cell style's code are no cell format's code
    const others = parts({
      's.xml': `<styleSheet><numFmts><numFmt formatCode="yyyy"/></numFmts><cellStyleXfs><xf numFmtId="168"/></cellStyleXfs><dxfs><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs><numFmt numFmtId="168" formatCode="yyyy"/>
        <cellXfs><xf numFmtId="x"/><xf numFmtId="167"/><xf numFmtId="168"/></cellXfs></styleSheet>`,
    });
    expect(dateStyles(others, 's.xml')).toEqual([false, false, false]);
    // only a numFmt element inside numFmts gives a code
    const stray = parts({ 's.xml': '<styleSheet><numFmts><extLst numFmtId="170" formatCode="yyyy"/><numFmt numFmtId="171" formatCode="d"/></numFmts><cellXfs><xf numFmtId="170"/><xf numFmtId="171"/></cellXfs></styleSheet>' });
    expect(dateStyles(stray, 's.xml')).toEqual([false, true]);
    expect(dateStyles(book, undefined)).toEqual([]);
  });

  it('a custom code for a built-in id decides, as Excel reads it', () => {
    const { dateStyles } = styles();
    const book = parts({ 's.xml': '<styleSheet><numFmts><numFmt numFmtId="14" formatCode="0"/></numFmts><cellXfs><xf numFmtId="14"/><xf numFmtId="15"/></cellXfs></styleSheet>' });
    expect(dateStyles(book, 's.xml')).toEqual([false, true]);
  });
});

describe('dates', () => {
  it('isoDay: a calendar day as written, with or without a time after it; none for what is no day', () => {
    const { isoDay } = dates();
    const iso = (text: string) => isoDay(text)?.toISOString();
    expect(['2026-11-01', ' 2026-11-01 ', '2026-11-01T23:59:59+09:00', '2024-02-29', '0099-01-01', '0000-01-01'].map(iso)).toEqual([
      '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2024-02-29T00:00:00.000Z', '0099-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z',
    ]);
    expect(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-11-01x', 'x2026-11-01', '2026-11-1', '26-11-01', ''].map(iso)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('isDateCode: elapsed times outside quotes; tokens outside quotes, escapes, fills, brackets, General and exponents', () => {
    const { isDateCode } = dates();
    expect(['[hh]', '[mmm]', '[sss]', '[h"x"]', '"day"0', '"[h]"0', '"y"0', '\\y0', '_y0', '*y0', '[y]0', 'General', '0.0E+00', '0.0e-0', '[Red]0', '0', '[H]', '[SS]', '"a"[h]', 'y', 'E', 'g', 'S', '0"x"d'].map(isDateCode)).toEqual([
      true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, true, true, true, true, true, true, true, true,
    ]);
    const { isDateFormat } = dates();
    const ids = [13, 14, 22, 23, 26, 27, 36, 37, 44, 45, 47, 48, 49, 50, 58, 59, 70, 71, 81, 82];
    expect(ids.filter((id) => isDateFormat(id, undefined))).toEqual([14, 22, 27, 36, 45, 47, 50, 58, 71, 81]);
  });

  it('serialDay rounds to the millisecond before taking the day, and 9999-12-31 is the last', () => {
    const { serialDay } = dates();
    const day = (value: Date | string | undefined) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    expect([0.4999999999999, 58.999999999999, 60.5, 61.0000000001, 2958465.9999, 2958466].map((serial) => day(serialDay(serial, false)))).toEqual([
      '1899-12-31', '1900-02-28', '1900-02-29', '1900-03-01', '9999-12-31', undefined,
    ]);
    expect([60, 61, 2957003, 2957004, -0.0000001].map((serial) => day(serialDay(serial, true)))).toEqual(['1904-03-01', '1904-03-02', '9999-12-31', undefined, undefined]);
  });
});

describe('merges', () => {
  const data = (merges: CellRange[], lastRow: number, lastColumn: number): SheetData => ({ rows: [], merges, lastRow, lastColumn });
  const range = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

  it('clips each merge to the cells the sheet uses, drops those outside, and counts each (at least one cell)', () => {
    const covered = { cells: 0 };
    const kept = merges().boundedMerges(data([range(1, 1, 3, 2), range(2, 2, 1_048_576, 16_384), range(5, 1, 6, 1), range(1, 4, 1, 5), range(4, 3, 4, 3)], 4, 3), '利用者', covered);
    expect(kept).toEqual([range(1, 1, 3, 2), range(2, 2, 4, 3), range(4, 3, 4, 3)]);
    expect(covered.cells).toBe(6 + 6 + 1 + 1 + 1);
  });

  it('refuses more merged cells than the limit, counted across sheets, naming the sheet it is reached in; the limit itself is read', () => {
    const { boundedMerges } = merges();
    const atLimit = { cells: MAX_WORKBOOK_CELLS - 2 };
    expect(boundedMerges(data([range(1, 1, 1, 2)], 1, 2), 'A', atLimit)).toEqual([range(1, 1, 1, 2)]);
    expect(atLimit.cells).toBe(MAX_WORKBOOK_CELLS);
    let fault: unknown;
    try {
      boundedMerges(data([range(9, 9, 9, 9)], 1, 1), '端末', atLimit);
    } catch (error) {
      fault = error;
    }
    expect(fault).toBeInstanceOf(faults().WorkbookFault);
    expect((fault as WorkbookFault).reason).toEqual({
      ja: '結合セルが多すぎるため読みません（シート「端末」までで 300,000 セル超）。シート全体を選んで「セルの結合を解除」してから保存し直してください',
      en: 'the workbook has too many merged cells to read (more than 300,000 cells by the sheet 「端末」); select the whole sheet, use "Unmerge Cells", and save it again',
    });
  });

  it('fills a merge\'s first column down with its value and empties its other columns; an empty first cell empties all', () => {
    const rows: CellValue[][] = [['a', 'b', 'c', 'd'], [undefined as unknown as CellValue, 'x', 'y', 'z'], ['p', 'q'], [], ['k', 'l']];
    delete rows[1]![0];
    merges().applyMerges(rows, [range(1, 1, 3, 2), range(1, 3, 1, 4), range(5, 1, 6, 1), range(4, 3, 4, 3)]);
    expect(rows.map((row) => (row ? Array.from(row) : row))).toEqual([['a', undefined, 'c', undefined], ['a', undefined, 'y', 'z'], ['a', undefined], [], ['k', 'l'], ['k']]);
    const holes: CellValue[][] = [[]];
    holes[0]![1] = 'm';
    merges().applyMerges(holes, [range(1, 1, 2, 2), range(3, 1, 4, 1)]);
    expect(holes.map((row) => (row ? Array.from(row) : row))).toEqual([[undefined, undefined]]);
    expect(holes).toHaveLength(1);
  });
});

describe('damagedPart', () => {
  it('is a WorkbookFault saying the workbook is damaged, with the detail in both languages', () => {
    const fault = faults().damagedPart({ ja: '部品', en: 'part' });
    expect(fault).toBeInstanceOf(faults().WorkbookFault);
    expect([fault.name, fault.message, fault.reason]).toEqual(['WorkbookFault', damagedMessage('part', '部品').en, damagedMessage('part', '部品')]);
  });
});
