// Workbooks written by another program: LibreOffice re-saves a converted ledger (its own shared strings,
// styles and date cells) and writes a legacy .xls. The findings and their cells stay the same; the .xls
// is refused with what to do. Skipped where LibreOffice (soffice) is not installed, failed under CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { commandMissing, describeWith } from '../helpers/components';
import { tempDirs } from '../helpers/temp';
import { ledgerFile, workbookBytes } from '../helpers/workbook';

const describeWithSoffice = describeWith('LibreOffice (soffice)', commandMissing('soffice'), 'apt-get install libreoffice-calc-nogui (as .ci/run does)');
const AS_OF = ['--as-of', '2026-11-24'];
const temp = tempDirs();

/** soffice --convert-to, with its own profile so that a running LibreOffice is not disturbed. */
function soffice(format: string, input: string, outDir: string): void {
  const profile = `file://${temp.make('dokodemo-lo-profile-')}`;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, input], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}

describeWithSoffice('workbooks saved by LibreOffice', () => {
  let directory = '';
  let original = '';
  let out = '';

  beforeAll(async () => {
    directory = temp.make('dokodemo-libreoffice-');
    original = join(directory, 'clinic.xlsx');
    out = join(directory, 'out');
    mkdirSync(out);
    writeFileSync(original, await workbookBytes(ledgerFile('examples/clinic-with-findings.yaml')));
    soffice('xlsx', original, out);
    soffice('xls', original, out);
  }, 240_000);

  it('a workbook re-saved by LibreOffice gives the same findings at the same cells', () => {
    const cells = (file: string) =>
      JSON.parse(runCli([...AS_OF, '-f', 'json', file]).stdout).files[0].findings.map((finding: Record<string, string>) => [finding.ruleId, finding.path, finding.sheet, finding.cell]);
    const before = cells(original);
    expect(before.length).toBeGreaterThan(20);
    expect(cells(join(out, 'clinic.xlsx'))).toEqual(before);
  });

  it('a legacy .xls written by LibreOffice is refused with what to do', () => {
    const file = join(out, 'clinic.xls');
    expect(runCli([...AS_OF, file])).toEqual({
      code: 2,
      stdout: '',
      stderr: `dokodemo-check: ${file}: this is an old-format Excel workbook (.xls), which cannot be read: save it again in the .xlsx format (open it in Excel and use "Save As" with the type "Excel Workbook (*.xlsx)")\n`,
    });
  });
});
