// The `diff` command: two versions of a ledger (two files, YAML or workbook, or a file and its version
// at a git revision) → what changed in it, and which findings appeared and went, both versions checked
// for the same day with the same configuration. Exit 0 once the comparison is made; 2 when it cannot be.
import { dirname, resolve } from 'node:path';
import { configLookup } from '../config/lookup';
import { checkLoaded, loadLedger } from '../engine/check-file';
import type { FileCheck } from '../engine/check-file';
import { UsageError } from '../errors';
import { detectLang } from '../i18n/lang';
import { presentReport } from '../report/model';
import type { ReportFinding } from '../report/model';
import type { Bilingual, LocatedFinding } from '../types';
import { VERSION } from '../version';
import type { Config } from '../config/types';
import { identitiesOf } from '../diff/baseline';
import { readAtRevision, verifyRevision } from '../diff/git';
import { matchIdentities } from '../diff/identity';
import { ledgerChanges } from '../diff/ledger-diff';
import { diffJson, diffMarkdown, diffTable } from '../diff/render';
import type { DiffReport } from '../diff/render';
import { validAsOf, validFormat, validLang } from './check-command';
import type { Io } from './check-command';
import { readLedgerFile } from './inputs';
import type { Input } from './inputs';
import { guardOutput, writeReport } from './report-file';

export interface DiffCommandOptions {
  git?: string;
  staged?: boolean;
  format: string;
  output?: string;
  asOf?: string;
  config?: string;
  lang?: string;
  redact?: boolean;
  color: boolean;
}

const DIFF_FORMATS: readonly string[] = ['table', 'json', 'markdown'];

interface Side {
  value: unknown;
  check: FileCheck;
}

/** The ledger as written (even when its format stops the rules), and its check. */
function sideOf(bytes: Buffer | undefined, name: string, asOf: string, config: Config): Side {
  if (bytes === undefined) return { value: undefined, check: { findings: [] } };
  const loaded = loadLedger(bytes, name);
  return { value: loaded.ok ? loaded.parsed.value : rawValue(bytes, name), check: checkLoaded(loaded, { asOf, config }) };
}

/** What a ledger that did not match the format still says, for the comparison of its entries. */
function rawValue(bytes: Buffer, name: string): unknown {
  try {
    const { isWorkbook } = require('../workbook/kind') as typeof import('../workbook/kind');
    if (isWorkbook(name, bytes)) return (require('../workbook/read-sync') as typeof import('../workbook/read-sync')).readWorkbookSync(bytes, name).value;
    const { decodeLedger } = require('../load/decode') as typeof import('../load/decode');
    const { parseLedger } = require('../load/parse') as typeof import('../load/parse');
    const decoded = decodeLedger(bytes);
    if (!decoded.ok) return undefined;
    const parsed = parseLedger(decoded.text);
    return parsed.ok ? parsed.ledger.value : undefined;
  } catch {
    // Nothing to compare: its finding says why.
  }
  return undefined;
}

function usage(text: Bilingual): UsageError {
  return new UsageError(text);
}

function readFile(cwd: string, file: string): Buffer {
  return readLedgerFile(resolve(cwd, file));
}

export function runDiff(files: readonly string[], options: DiffCommandOptions, io: Io): number {
  const format = validFormat(options.format, DIFF_FORMATS);
  const asOf = validAsOf(options.asOf);
  const explicitLang = validLang(options.lang);
  if (options.git === undefined && options.staged) throw usage({ ja: '--staged は --git と一緒に使ってください', en: '--staged goes with --git' });
  if (options.git !== undefined ? files.length !== 1 : files.length !== 2) {
    throw usage({
      ja: '比べる台帳を 2 つ（dokodemo-check diff <旧> <新>）、または --git <リビジョン> と台帳 1 つを指定してください',
      en: 'give two ledgers (dokodemo-check diff <old> <new>), or --git <rev> and one ledger',
    });
  }
  const newName = files[files.length - 1]!;
  const oldName = files.length === 2 ? files[0]! : newName;
  const warnings: Bilingual[] = [];
  const config = configLookup({ explicitFile: options.config, cwd: io.cwd, warn: (warning) => warnings.push(warning) }).forLedger(newName);
  const lang = detectLang(io.env, explicitLang, config.lang);
  for (const warning of warnings) io.writeStderr?.(`dokodemo-check: ${warning[lang]}\n`);
  const inputs: Input[] = [...new Set([oldName, newName])].map((name) => ({
    name,
    path: name,
    // Stryker disable next-line ArrowFunction: guardOutput compares the paths only, it never reads the inputs
    read: () => readFile(io.cwd, name),
  }));
  guardOutput(options.output, inputs, io.cwd);

  let oldBytes: Buffer | undefined;
  let newBytes: Buffer | undefined;
  if (options.git !== undefined) {
    const path = resolve(io.cwd, newName);
    const commit = verifyRevision(dirname(path), options.git);
    oldBytes = readAtRevision(path, commit);
    if (options.staged) {
      // Stryker disable next-line StringLiteral: readAtRevision(path, '') asks git for `:./<name>` as well, the index's version
      newBytes = readAtRevision(path, 'staged');
      if (newBytes === undefined) throw usage({ ja: `${newName} はインデックスにありません（git add していません）`, en: `${newName} is not in the index (not added with git add)` });
    } else {
      newBytes = readFile(io.cwd, newName);
    }
  } else {
    oldBytes = readFile(io.cwd, oldName);
    newBytes = readFile(io.cwd, newName);
  }

  const before = sideOf(oldBytes, oldName, asOf, config);
  const after = sideOf(newBytes, newName, asOf, config);
  // One file label for both: the two versions are the same ledger.
  const matching = matchIdentities(identitiesOf(after.check.findings, 'ledger', after.check.ledger, after.check.leftOut), identitiesOf(before.check.findings, 'ledger', before.check.ledger, before.check.leftOut));
  const appeared = after.check.findings.filter((_finding, index) => !matching.unchanged[index]);
  const went = matching.gone.map((index) => before.check.findings[index]!);
  const present = (file: string, findings: LocatedFinding[]): ReportFinding[] =>
    // Stryker disable next-line StringLiteral: failOn only sets each finding's `failing`, which no diff format reads
    presentReport({ asOf, files: [{ file, findings }] }, { lang, redact: !!options.redact, quiet: false, failOn: 'error', version: VERSION }).files[0]!.findings;

  const report: DiffReport = {
    tool: { name: 'dokodemo-check', version: VERSION },
    asOf,
    lang,
    redact: !!options.redact,
    old: { file: oldName, ...(options.git !== undefined ? { revision: options.git } : {}) },
    new: { file: newName, ...(options.staged ? { staged: true } : {}) },
    changes: ledgerChanges(before.value, after.value, asOf),
    appeared: present(newName, appeared),
    went: present(oldName, went),
  };
  const text = format === 'json' ? diffJson(report) : format === 'markdown' ? diffMarkdown(report) : diffTable(report);
  if (options.output === undefined) io.writeStdout(text);
  else writeReport(options.output, text, io.cwd);
  return 0;
}
