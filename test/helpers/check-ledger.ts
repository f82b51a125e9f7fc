// Runs the CLI in-process on a ledger object (written out as YAML) and returns its JSON report.
import { stringify } from 'yaml';
import type { Ledger } from '../../src/ledger';
import { runCli } from './cli';
import type { JsonFinding } from './json-report';
import { FIXTURE_AS_OF } from './ledger-fixture';

export function checkLedger(ledger: Ledger, args: string[] = []): { code: number; findings: JsonFinding[]; report: any } {
  const run = runCli(['--as-of', FIXTURE_AS_OF, '-f', 'json', ...args, '-', '--stdin-filename', 'ledger.yaml'], { stdin: stringify(ledger) });
  if (run.stderr !== '') throw new Error(run.stderr);
  const report = JSON.parse(run.stdout);
  return { code: run.code, findings: report.files[0].findings, report };
}
