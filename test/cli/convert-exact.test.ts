// `convert` refusing a workbook whose cells cannot all be read (src/cli/convert-command.ts's
// refuseLosingCells), in-process: the first such cell named, how many more, both languages, nothing written.
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookLayout } from '../../src/workbook/layout';
import { runCli } from '../helpers/cli';
import { inFolder, tempDirs } from '../helpers/temp';
import { ledgerFile, workbookBytes } from '../helpers/workbook';

const temp = tempDirs();
const CLEAN = 'examples/home-nursing-clean.yaml';

describe('convert refuses a workbook that would lose cells', () => {
  it('names the first cell, and how many more there are', async () => {
    const root = realpathSync(temp.make('cli-convert-'));
    const rows = workbookLayout().facility.rows.length;
    writeFileSync(join(root, 'one.xlsx'), await workbookBytes(ledgerFile(CLEAN), (workbook) => {
      workbook.getWorksheet('施設')!.addRow(['', 'facility.name', '偽の施設']);
    }));
    writeFileSync(join(root, 'two.xlsx'), await workbookBytes(ledgerFile(CLEAN), (workbook) => {
      const facility = workbook.getWorksheet('施設')!;
      facility.addRow(['', 'facility.name', '偽の施設']);
      facility.addRow(['施設の住所', '', '東京都']);
      facility.addRow(['施設の電話', '', '03']);
    }));
    const twice = 'The key facility.name is also at 「施設」B3. With the same key twice, which value to check cannot be decided: delete one of them (this column or row is not read)';
    expect(inFolder(root, () => runCli(['convert', 'one.xlsx', 'one.yaml']))).toEqual({
      code: 2,
      stdout: '',
      stderr: `dokodemo-check: one.xlsx: 「施設」B${rows + 2}: ${twice}; fix it before converting\n`,
    });
    expect(inFolder(root, () => runCli(['convert', 'two.xlsx', 'two.yaml']))).toEqual({
      code: 2,
      stdout: '',
      stderr: `dokodemo-check: two.xlsx: 「施設」B${rows + 2}: ${twice} (and 2 more: dokodemo-check two.xlsx lists them); fix it before converting\n`,
    });
    const japanese = inFolder(root, () => runCli(['convert', 'two.xlsx', 'two.yaml'], { env: { LANG: 'ja_JP.UTF-8' } }));
    const twiceJa = 'キー facility.name は 「施設」B3 にもあります。同じキーが二つあると、どちらの値を確かめるか決められません。どちらか一方を削除してください（このセルの列・行は読み取っていません）';
    expect(japanese.stderr).toBe(`dokodemo-check: two.xlsx: 「施設」B${rows + 2}: ${twiceJa}（ほかに 2 件。dokodemo-check two.xlsx で一覧できます）。直してから変換してください\n`);
    const one = inFolder(root, () => runCli(['convert', 'one.xlsx', 'one.yaml'], { env: { LANG: 'ja_JP.UTF-8' } }));
    expect(one.stderr).toBe(`dokodemo-check: one.xlsx: 「施設」B${rows + 2}: ${twiceJa}。直してから変換してください\n`);
    expect([existsSync(join(root, 'one.yaml')), existsSync(join(root, 'two.yaml'))]).toEqual([false, false]);
  });

  it('converts a workbook whose only problems are warnings', async () => {
    const root = realpathSync(temp.make('cli-convert-'));
    writeFileSync(join(root, 'ok.xlsx'), await workbookBytes(ledgerFile(CLEAN)));
    expect(inFolder(root, () => runCli(['convert', 'ok.xlsx', 'ok.yml']))).toEqual({ code: 0, stdout: 'ok.yml\n', stderr: '' });
    expect(readFileSync(join(root, 'ok.yml'), 'utf8').split('\n')[1]).toBe('# どこでも連絡帳 管理台帳 — ok.xlsx から変換 / converted from ok.xlsx (dokodemo-check convert)');
  });
});
