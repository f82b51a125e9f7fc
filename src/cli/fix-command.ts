// `dokodemo-check fix <ledger> -o <new>`: a tidy copy, never in place (ESLint's --fix is the model, but a
// ledger is evidence: the original stays as it is). Only the mechanical, meaning-preserving repairs the
// checker already asks for (src/fix/repairs.ts), only where it finds the problem, and only when the
// repaired value reads back without it. Each repair is printed (cell or line, before → after), then what
// still needs a person. A workbook keeps everything but the repaired cells' values; a YAML ledger every
// byte but the repaired values' text. Exit 0 when nothing is left for a person, 1 when format problems
// remain (the copy is written either way), 2 when the ledger cannot be read or the output is refused.
import { resolve } from 'node:path';
import { UsageError } from '../errors';
import { fixReport, fixYamlBytes, planWorkbookFix, stillToDo, workbookFixed } from '../fix/copy';
import type { Fixed } from '../fix/copy';
import type { ApplyResult } from '../fix/workbook-apply';
import { earlyLang } from '../i18n/lang';
import { readNamedFile } from '../load/read-file';
import { isWorkbook } from '../workbook/kind';
import { inertText } from '../report/inert';
import type { Io } from './check-command';
import { checkOutput, writeOutput } from './output-file';

export interface FixCommandOptions {
  output?: string;
  force?: boolean;
  lang?: string;
}

const YAML_PATH = /\.ya?ml$/i;
const XLSX_PATH = /\.xlsx$/i;

const usage = (ja: string, en: string) => new UsageError({ ja, en });


function fixWorkbook(bytes: Buffer, input: string): Fixed {
  const plan = planWorkbookFix(bytes, input);
  if (!plan.job) return workbookFixed(plan, undefined, input);
  const { runInWorkerSync } = require('../load/sync-worker') as typeof import('../load/sync-worker');
  const { WRITE_LIMITS } = require('../workbook/write-sync') as typeof import('../workbook/write-sync');
  const outcome = runInWorkerSync<ApplyResult>('fix/workbook-apply', 'applyWorkbookRepairs', plan.job, WRITE_LIMITS);
  if (!outcome.ok) {
    if ('timedOut' in outcome) throw usage(`${input}: 整形したブックの作成が時間内に終わりませんでした`, `${input}: writing the tidy copy took too long`);
    throw new Error(`writing the tidy copy failed: ${outcome.failure}`);
  }
  return workbookFixed(plan, outcome.value, input);
}

export function runFix(input: string, options: FixCommandOptions, io: Io): number {
  const lang = earlyLang(options, io.env);
  const output = options.output;
  if (output === undefined) {
    throw usage(
      `fix は直したコピーを書き出します。-o で出力先を指定してください（例: dokodemo-check fix ${input} -o ${input.replace(/(\.[^./\\]+)?$/, '-整形$1')}）。元のファイルは書き換えません`,
      `fix writes a repaired copy: name it with -o (e.g. dokodemo-check fix ${input} -o ${input.replace(/(\.[^./\\]+)?$/, '-fixed$1')}); the original is never rewritten`,
    );
  }
  if (input === '-') throw usage('fix は標準入力を読みません。台帳のファイルを指定してください', 'fix does not read standard input: name the ledger file');
  const inputPath = resolve(io.cwd, input);
  const outputPath = resolve(io.cwd, output);
  const outputOptions = { force: options.force, inputs: [inputPath] };
  checkOutput(outputPath, output, outputOptions); // before the work: a refusal should be instant
  const bytes = readNamedFile(inputPath, input);
  const workbook = isWorkbook(input, bytes);
  if (workbook ? !XLSX_PATH.test(output) : !YAML_PATH.test(output)) {
    throw usage(
      `fix の出力は入力と同じ形式です（${workbook ? '.xlsx' : '.yaml'}）: ${output}。形式を変えるには convert を使います`,
      `fix writes the input's own format (${workbook ? '.xlsx' : '.yaml'}): ${output}; to change the format, use convert`,
    );
  }
  const fixed = workbook ? fixWorkbook(bytes, input) : fixYamlBytes(bytes, input);
  writeOutput(outputPath, output, fixed.content, outputOptions);
  for (const warning of fixed.warnings) io.writeStderr?.(`${inertText(`dokodemo-check: ${warning[lang]}`)}\n`);
  const remaining = stillToDo(fixed.content, output);
  io.writeStdout(fixReport(input, output, fixed, remaining, lang));
  return remaining.some((finding) => finding.severity === 'error') ? 1 : 0;
}
