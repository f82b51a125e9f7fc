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
