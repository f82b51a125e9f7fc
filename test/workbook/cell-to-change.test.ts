// The cell she must change: a finding that a yes/no is not recorded points, in a workbook, at that item's
// own empty cell (YAML keeps pointing where rules.md says: the key's parent or sibling, for there is no line).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { runCli } from '../helpers/cli';
import { cleanLedger, FIXTURE_AS_OF } from '../helpers/ledger-fixture';
import { workbookBytes } from '../helpers/workbook';

const directory = mkdtempSync(join(tmpdir(), 'dokodemo-cell-to-change-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function unrecorded() {
  const ledger = cleanLedger();
  delete (ledger.facility as { wireless_lan?: unknown }).wireless_lan;
  delete ledger.devices[1]!.security.mfa;
  delete ledger.devices[1]!.security.privacy_filter;
  return ledger;
}

const placed = (file: string) =>
  JSON.parse(runCli(['--as-of', FIXTURE_AS_OF, '-f', 'json', file]).stdout).files[0].findings.map(
    (finding: Record<string, unknown>) => `${finding.ruleId} ${finding.path} ${finding.sheet ?? finding.line}!${finding.cell ?? finding.column}`,
  );

it('in a workbook at the empty cell of the item itself; in YAML where rules.md says', async () => {
  const book = join(directory, 'ledger.xlsx');
  writeFileSync(book, await workbookBytes(unrecorded()));
  expect(placed(book)).toEqual([
    'ssid-stealth /facility 施設!C13',
    'mfa /devices/1/security 端末!T4',
    'privacy-filter /devices/1/security 端末!U4',
  ]);
  const yaml = join(directory, 'ledger.yaml');
  writeFileSync(yaml, stringify(unrecorded()));
  expect(placed(yaml)).toEqual(['ssid-stealth /facility 3!3', 'mfa /devices/1/security 56!7', 'privacy-filter /devices/1/security 56!7']);
});

describe('what she did to the sheet, said once', () => {
  const check = async (edit: Parameters<typeof workbookBytes>[1]) => {
    const file = join(directory, 'edited.xlsx');
    writeFileSync(file, await workbookBytes(cleanLedger(), edit));
    return JSON.parse(runCli(['--as-of', FIXTURE_AS_OF, '-f', 'json', file]).stdout).files[0].findings.map(
      (finding: Record<string, string>) => `${finding.sheet}!${finding.cell} ${finding.path} ${finding.message}`,
    );
  };

  it('a deleted required column is one finding at the key row where it goes back, not one a row', async () => {
    expect(await check((workbook) => workbook.getWorksheet('端末')!.spliceColumns(12, 1))).toEqual([
      '端末!AB2 /devices The sheet 「端末」 has no column 「ウイルス対策ソフトの導入の有無」 (key security.antivirus), which 2 rows need. Put the column back as in the template: 「ウイルス対策ソフトの導入の有無」 in row 1 and security.antivirus in row 2',
    ]);
  });

  it('a column with a label and no key is one finding at its header, not one a row', async () => {
    const findings = await check((workbook) => {
      const sheet = workbook.getWorksheet('端末')!;
      sheet.getCell('AD1').value = 'メモ';
      sheet.getCell('AD3').value = 'x';
      sheet.getCell('AD4').value = 'y';
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^端末!AD2 \/devices\/0\/メモ Unknown key `メモ`/);
  });

  it('a deleted key row is one finding that says so, not an unknown key per cell of the first person', async () => {
    expect(await check((workbook) => workbook.getWorksheet('利用者')!.spliceRows(2, 1))).toEqual([
      "利用者!A2  The sheet 「利用者」 has lost its row 2 (the row of keys), so it is not read. Put the template's row 2 back (undo the deletion)",
    ]);
  });
});
