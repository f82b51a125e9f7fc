// `check -f xlsx -o <copy.xlsx>`: one ledger's marked copy (reporters/xlsx.ts plans it, exceljs writes
// it in a worker thread, as workbook-write-sync.ts writes a workbook). A YAML ledger is marked in its
// workbook form. The input is never written (-o is guarded like every report's: report-file.ts); what
// the copy could not carry over is one line on stderr; the exit code is the check's.
import type { Config } from '../config/types';
import { loadLedger } from '../engine/check-file';
import { UsageError } from '../errors';
import { isWorkbook } from '../workbook/kind';
import type { MarkedWorkbook } from '../workbook/mark';
import { runInWorkerSync } from '../load/sync-worker';
import { WRITE_LIMITS } from '../workbook/write-sync';
import { writeWorkbookSync } from '../workbook/write-sync';
import { exitCodeOf } from '../report/model';
import type { FailOn } from '../report/model';
import { lostLine, markedFileName, markJobFor, yamlLedgerValue } from '../reporters/xlsx';
import type { Lang } from '../types';
import type { Io } from './check-command';
import type { Input } from './inputs';
import { writeReport } from './report-file';

export interface MarkedCopySetup {
  asOf: string;
  lang: Lang;
  configs: Config[];
  failOn: FailOn;
  output?: string;
  quiet?: boolean;
  redact?: boolean;
}

function usage(ja: string, en: string): UsageError {
  return new UsageError({ ja, en });
}

/** Refusals before anything is read: no -o, not one ledger, --redact. */
export function checkMarkedCopyUsage(inputs: readonly Input[], setup: MarkedCopySetup): void {
  if (setup.output === undefined) {
    throw usage(
      '-f xlsx は指摘付きのブックを書き出します。-o で出力先を指定してください（例: -o 台帳-指摘.xlsx）',
      '-f xlsx writes a marked workbook: name it with -o (e.g. -o ledger-findings.xlsx)',
    );
  }
  if (inputs.length !== 1) {
    throw usage(
      `-f xlsx は台帳 1 つずつです（${inputs.length} 件が指定されました）。1 つずつ実行してください`,
      `-f xlsx marks one ledger per run (${inputs.length} were given): run it once per ledger`,
    );
  }
  if (setup.redact) {
    throw usage(
      '--redact は -f xlsx と一緒には使えません（指摘付きのブックは台帳そのものの写しです）',
      '--redact cannot be used with -f xlsx (the marked workbook is a copy of the ledger itself)',
    );
  }
}

export function writeMarkedCopy(inputs: readonly Input[], setup: MarkedCopySetup, io: Io): number {
  checkMarkedCopyUsage(inputs, setup);
  const input = inputs[0]!;
  const original = input.read();
  const workbook = isWorkbook(input.name, original);
  const bytes = workbook ? original : writeWorkbookSync({ ledger: yamlLedgerValue(original, input.name) }, input.name);
  const loaded = loadLedger(bytes, workbook ? input.name : markedFileName(input.name, setup.lang));
  const { job, model } = markJobFor({
    name: input.name,
    bytes,
    written: !workbook,
    loaded,
    config: setup.configs[0]!,
    asOf: setup.asOf,
    lang: setup.lang,
    quiet: setup.quiet,
    failOn: setup.failOn,
  });
  const outcome = runInWorkerSync<MarkedWorkbook>('workbook/mark', 'markWorkbook', job, WRITE_LIMITS);
  if (!outcome.ok) {
    if ('timedOut' in outcome) {
      throw usage(
        `${input.name}: 指摘付きのブックの作成が ${WRITE_LIMITS.timeLimitMs / 1000} 秒以内に終わりませんでした（台帳が大きすぎるか、メモリが足りません）`,
        `${input.name}: writing the marked workbook took more than ${WRITE_LIMITS.timeLimitMs / 1000} seconds (the ledger is too large, or memory ran out)`,
      );
    }
    throw new Error(`writing the marked workbook failed: ${outcome.failure}`);
  }
  writeReport(setup.output!, outcome.value.bytes, io.cwd);
  const lost = lostLine(outcome.value.lost, input.name, setup.lang);
  if (lost) io.writeStderr?.(`dokodemo-check: ${lost}\n`);
  return exitCodeOf(model);
}
