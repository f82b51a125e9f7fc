// The template prints: every sheet on A4 landscape, one page wide, the header rows on every page, 説明's
// text inside the page. LibreOffice (headless) prints each sheet to a PDF of its own (the others hidden,
// as a workbook's hidden sheets do not print); poppler's pdfinfo and pdftotext read the pages. Skipped
// where they are not installed, failed under CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { commandMissing, describeWith } from '../helpers/components';
import { tempDirs } from '../helpers/temp';
import { ledgerFile } from '../helpers/workbook';

const missing = commandMissing('soffice') ?? commandMissing('pdfinfo', ['-v']) ?? commandMissing('pdftotext', ['-v']);
const describeWithPrinting = describeWith('LibreOffice (soffice) and poppler (pdfinfo, pdftotext)', missing, 'apt-get install libreoffice-calc-nogui poppler-utils (as .ci/run does)');
const temp = tempDirs();

/** Each visible sheet alone: the workbook with every other sheet hidden and it the active one. */
async function sheetByItself(bytes: Buffer): Promise<Array<{ name: string; bytes: Buffer }>> {
  const JSZip = require('jszip') as typeof import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = [...book.matchAll(/<sheet\b[^>]*\/>/g)].map((match) => ({ tag: match[0], name: /name="([^"]*)"/.exec(match[0])![1]!, hidden: /state="(hidden|veryHidden)"/.test(match[0]) }));
  const alone: Array<{ name: string; bytes: Buffer }> = [];
  for (const [index, sheet] of sheets.entries()) {
    if (sheet.hidden) continue;
    let text = book;
    for (const other of sheets) {
      const state = other === sheet ? 'visible' : 'hidden';
      text = text.replace(other.tag, other.tag.replace(/\s*state="\w+"/, '').replace(/\/>$/, ` state="${state}"/>`));
    }
    text = text.replace(/activeTab="\d+"/, `activeTab="${index}"`).replace(/firstSheet="\d+"/, `firstSheet="${index}"`);
    zip.file('xl/workbook.xml', text);
    alone.push({ name: sheet.name, bytes: await zip.generateAsync({ type: 'nodebuffer' }) });
  }
  return alone;
}

/** soffice --convert-to pdf of several files in one start, with a profile of its own. */
function toPdf(files: string[], outDir: string): void {
  const profile = `file://${temp.make('dokodemo-lo-profile-')}`;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}

interface PdfPages {
  sizes: string[];
  texts: string[];
}

function pages(pdf: string): PdfPages {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).stdout;
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((match) => match[1]!.trim());
  const texts = sizes.map((_size, index) => spawnSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
  return { sizes, texts };
}

const A4_LANDSCAPE = '841.89 x 595.304 pts (A4)';

/** A ledger with many users, so that 利用者 runs over several pages. */
function manyUsers(count: number): unknown {
  const ledger = ledgerFile('examples/home-nursing-clean.yaml') as { users: Array<Record<string, unknown>> };
  const [first] = ledger.users;
  ledger.users = Array.from({ length: count }, (_unused, index) => ({ ...first, name: `利用者 ${index + 1}`, mcs_id: `user${index + 1}@example.jp` }));
  return ledger;
}

describeWithPrinting('the template printed by LibreOffice', () => {
  const printed = new Map<string, PdfPages>();
  let directory = '';

  beforeAll(async () => {
    directory = temp.make('dokodemo-print-');
    expect(runCli(['init', 'template.xlsx'], { cwd: directory }).code).toBe(0);
    const { writeWorkbookSync } = require('../../src/workbook/write-sync') as typeof import('../../src/workbook/write-sync');
    writeFileSync(join(directory, 'many.xlsx'), writeWorkbookSync({ ledger: manyUsers(150) }, 'many.xlsx'));
    const split = join(directory, 'sheets');
    mkdirSync(split);
    const files: string[] = [];
    for (const book of ['template', 'many']) {
      for (const [index, sheet] of (await sheetByItself(readFileSync(join(directory, `${book}.xlsx`)))).entries()) {
        const file = join(split, `${book}-${index}-${sheet.name}.xlsx`);
        writeFileSync(file, sheet.bytes);
        files.push(file);
      }
    }
    toPdf(files, split);
    for (const file of readdirSync(split).filter((name) => name.endsWith('.pdf'))) printed.set(file.replace(/^(\w+)-\d+-(.*)\.pdf$/, '$1 $2'), pages(join(split, file)));
  }, 600_000);

  it('prints every sheet of the template on A4 landscape, one page each but 説明 (four: the instructions, then what each rule rests on), one page wide', () => {
    const template = [...printed].filter(([name]) => name.startsWith('template '));
    expect(Object.fromEntries(template.map(([name, { sizes }]) => [name.replace('template ', ''), sizes.length]))).toEqual({ 説明: 4, 施設: 1, 管理者: 1, 端末: 1, 利用者: 1, 事故: 1, 例外: 1 });
    for (const [, { sizes }] of template) for (const size of sizes) expect(size).toBe(A4_LANDSCAPE);
  });

  it('shows every column of the widest sheet on its one page (端末: from 管理番号 to 補足)', () => {
    const [page] = printed.get('template 端末')!.texts;
    for (const key of ['id', 'security.lock_password.composition', 'security.wipe_after_failed_attempts', 'disposal.wiped', 'note']) expect(page).toContain(key);
  });

  it('wraps 説明 inside the page: every line of its text is printed', () => {
    const { texts } = printed.get('template 説明')!;
    const all = texts.join('\n').replace(/\s+/g, '');
    // The last words of long paragraphs, which would be cut at the page's edge if the text ran on.
    for (const words of ['行ごと削除してください。', 'チェックでエラーになります。', 'leavethemastheyare.']) expect(all).toContain(words);
  });

  it('repeats the header rows on every page of a long sheet', () => {
    const users = printed.get('many 利用者')!;
    expect(users.sizes.length).toBeGreaterThan(1);
    for (const [index, text] of users.texts.entries()) {
      expect({ page: index + 1, label: text.includes('利用開始日'), key: text.includes('start_date') }).toEqual({ page: index + 1, label: true, key: true });
      expect(users.sizes[index]).toBe(A4_LANDSCAPE);
    }
    expect(users.texts.join('\n')).toContain('利用者 150');
  });
});
