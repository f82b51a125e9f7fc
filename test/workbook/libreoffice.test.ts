// Workbooks written by another program: LibreOffice re-saves a converted ledger (its own shared strings,
// styles and date cells) and writes a legacy .xls. The findings and their cells stay the same; the .xls
// is refused with what to do. Skipped where LibreOffice (soffice) is not installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { ledgerFile, workbookBytes } from '../helpers/workbook';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const AS_OF = ['--as-of', '2026-11-24'];

/** soffice --convert-to, with its own profile so that a running LibreOffice is not disturbed. */
function soffice(format: string, input: string, outDir: string): void {
  const profile = `file://${mkdtempSync(join(tmpdir(), 'dokodemo-lo-profile-'))}`;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, input], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}

(hasSoffice ? describe : describe.skip)(`workbooks saved by LibreOffice${hasSoffice ? '' : ' (SKIPPED: soffice is not installed)'}`, () => {
  const directory = mkdtempSync(join(tmpdir(), 'dokodemo-libreoffice-'));
  const original = join(directory, 'clinic.xlsx');
  const out = join(directory, 'out');

  beforeAll(async () => {
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
