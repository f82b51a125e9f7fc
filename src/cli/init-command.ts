// `dokodemo-check init [path]`: writes a commented starter ledger, or for a path ending in .xlsx the
// template workbook. It refuses to overwrite a file without --force, so an existing ledger is never
// replaced by accident.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors';
import { inertText } from '../report/inert';
import type { Io } from './check-command';
import { LEDGER_SCHEMA_FILE } from './rules-command';

export const TEMPLATE_FILE = join(__dirname, '..', '..', 'templates', 'starter-ledger.yaml');

export interface InitCommandOptions {
  force?: boolean;
}

/** The schema path as the YAML language server wants it: relative to the ledger, forward slashes. */
export function schemaReference(ledgerPath: string): string {
  const path = relative(dirname(ledgerPath), LEDGER_SCHEMA_FILE).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

export function starterLedger(ledgerPath: string, shownName: string): string {
  return readFileSync(TEMPLATE_FILE, 'utf8').replace('{{SCHEMA}}', schemaReference(ledgerPath)).replace('{{FILE}}', shownName);
}

export const WORKBOOK_PATH = /\.xlsx$/i;
/** Spreadsheet formats the template is not written in: a YAML text under such a name would only confuse. */
const OTHER_SPREADSHEET_PATH = /\.(xls|xlsm|xltx|xltm|xlsb|ods|csv)$/i;

const EXAMPLE_NOTE = '記入例（この行は書き換えるか、行ごと削除してください） / Example: overwrite or delete this row';

/** The starter ledger's value with its rows marked as examples: what the template workbook holds. */
export function templateLedger(): Record<string, unknown> {
  const { parse } = require('yaml') as typeof import('yaml');
  const ledger = parse(readFileSync(TEMPLATE_FILE, 'utf8')) as {
    facility: { mcs_admins: Array<Record<string, unknown>> };
    devices: Array<Record<string, unknown>>;
    users: Array<Record<string, unknown>>;
  };
  // The marker heads the cell she writes over first (the name, the asset tag): the reader skips the row while it is there.
  const { EXAMPLE_MARKER } = require('../workbook/codec') as typeof import('../workbook/codec');
  for (const [item, key] of [[ledger.facility.mcs_admins[0], 'name'], [ledger.devices[0], 'id'], [ledger.users[0], 'name']] as const) {
    item![key] = `${EXAMPLE_MARKER}${String(item![key])}`;
    item!.note = EXAMPLE_NOTE;
  }
  return { ...ledger, incidents: [], exceptions: [] };
}

function initWorkbook(target: string, shownName: string, options: InitCommandOptions, io: Io): number {
  const { checkOutput, writeOutput } = require('./output-file') as typeof import('./output-file');
  checkOutput(target, shownName, options);
  const { writeWorkbookSync } = require('../workbook/write-sync') as typeof import('../workbook/write-sync');
  writeOutput(target, shownName, writeWorkbookSync({ ledger: templateLedger(), examples: true }, shownName), { force: true });
  io.writeStdout(`${inertText(shownName)}\n`);
  return 0;
}

export function runInit(path: string | undefined, options: InitCommandOptions, io: Io): number {
  const shownName = path ?? 'ledger.yaml';
  const target = resolve(io.cwd, shownName);
  if (WORKBOOK_PATH.test(shownName)) return initWorkbook(target, shownName, options, io);
  if (OTHER_SPREADSHEET_PATH.test(shownName)) {
    throw new UsageError({
      ja: `ひな形のブックは .xlsx 形式で作成します（例 dokodemo-check init ledger.xlsx）: ${shownName}`,
      en: `the template workbook is written as .xlsx (e.g. dokodemo-check init ledger.xlsx): ${shownName}`,
    });
  }
  // As for a workbook: an existing name (a link too) needs --force, and a link is replaced, never written through.
  const { writeOutput } = require('./output-file') as typeof import('./output-file');
  writeOutput(target, shownName, starterLedger(target, shownName), options);
  io.writeStdout(`${inertText(shownName)}\n`);
  return 0;
}
