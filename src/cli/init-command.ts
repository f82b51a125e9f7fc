// `dokodemo-check init [path]`: writes a commented starter ledger. It refuses to overwrite a file
// without --force, so an existing ledger is never replaced by accident.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
function schemaReference(ledgerPath: string): string {
  const path = relative(dirname(ledgerPath), LEDGER_SCHEMA_FILE).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

export function starterLedger(ledgerPath: string, shownName: string): string {
  return readFileSync(TEMPLATE_FILE, 'utf8').replace('{{SCHEMA}}', schemaReference(ledgerPath)).replace('{{FILE}}', shownName);
}

export function runInit(path: string | undefined, options: InitCommandOptions, io: Io): number {
  const shownName = path ?? 'ledger.yaml';
  const target = resolve(io.cwd, shownName);
  if (existsSync(target) && !options.force) {
    throw new UsageError({
      ja: `${shownName} はすでにあります。上書きする場合は --force を付けてください`,
      en: `${shownName} already exists; use --force to overwrite it`,
    });
  }
  try {
    writeFileSync(target, starterLedger(target, shownName));
  } catch {
    throw new UsageError({ ja: `${shownName} に書き込めません`, en: `cannot write ${shownName}` });
  }
  io.writeStdout(`${inertText(shownName)}\n`);
  return 0;
}
