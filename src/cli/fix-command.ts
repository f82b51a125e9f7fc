// `dokodemo-check fix <ledger> -o <new>`: a tidy copy, never in place (ESLint's --fix is the model, but a
// ledger is evidence: the original stays as it is). Only the mechanical, meaning-preserving repairs the
// checker already asks for (src/fix/repairs.ts), only where it finds the problem, and only when the
// repaired value reads back without it. Each repair is printed (cell or line, before → after), then what
// still needs a person. A workbook keeps everything but the repaired cells' values; a YAML ledger every
// byte but the repaired values' text. Exit 0 when nothing is left for a person, 1 when format problems
// remain (the copy is written either way), 2 when the ledger cannot be read or the output is refused.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLedger } from '../engine/check-file';
import { UsageError } from '../errors';
import type { CellRepair } from '../fix/workbook-plan';
import type { ValueRepair } from '../fix/yaml-fix';
import type { ApplyResult } from '../fix/workbook-apply';
import { earlyLang, fill } from '../i18n/lang';
import { decodeLedger } from '../load/decode';
import { MAX_LEDGER_BYTES } from '../load/limits';
import { isWorkbook } from '../load/workbook/kind';
import { dayOfDate } from '../load/workbook-codec';
import type { CellValue, SheetCells } from '../load/workbook-codec';
import { inertText } from '../report/inert';
import type { Bilingual, Lang, LocatedFinding } from '../types';
import type { Io } from './check-command';
import { checkOutput, writeOutput } from './output-file';

export interface FixCommandOptions {
  output?: string;
  force?: boolean;
  lang?: string;
}

const YAML_PATH = /\.ya?ml$/i;
const XLSX_PATH = /\.xlsx$/i;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const usage = (ja: string, en: string) => new UsageError({ ja, en });

function readInput(path: string, shownName: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw usage(`ファイルが見つかりません: ${shownName}`, `file not found: ${shownName}`);
  }
  if (size > MAX_LEDGER_BYTES) throw usage(`ファイルが大きすぎます: ${shownName}（上限は 64 MB です）`, `file too large: ${shownName} (the limit is 64 MB)`);
  try {
    return readFileSync(path);
  } catch {
    throw usage(`ファイルを読めません: ${shownName}`, `cannot read file: ${shownName}`);
  }
}

/** One printed repair: where, then before → after. */
interface Printed {
  at: string;
  before: string;
  after: string;
}

const shownCell = (value: CellValue): string => (value instanceof Date ? dayOfDate(value) : value === null ? '' : String(value));
const shownValue = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

interface Fixed {
  content: Uint8Array;
  printed: Printed[];
  /** Lines for stderr: repairs the copy could not take, what it does not carry over. */
  warnings: Bilingual[];
}

/** The cells the two readings differ in, as `sheet!ref`. */
function changedCells(before: readonly SheetCells[], after: readonly SheetCells[]): string[] {
  const same = (a: CellValue | undefined, b: CellValue | undefined) =>
    (a ?? null) === (b ?? null) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
  const changed: string[] = [];
  const names = new Set([...before.map((sheet) => sheet.name), ...after.map((sheet) => sheet.name)]);
  for (const name of names) {
    const a = before.find((sheet) => sheet.name === name)?.rows ?? [];
    const b = after.find((sheet) => sheet.name === name)?.rows ?? [];
    for (let row = 0; row < Math.max(a.length, b.length); row++) {
      const width = Math.max(a[row]?.length ?? 0, b[row]?.length ?? 0);
      for (let column = 0; column < width; column++) if (!same(a[row]?.[column], b[row]?.[column])) changed.push(`${name}!${row + 1}:${column + 1}`);
    }
  }
  return changed;
}

function fixWorkbook(bytes: Buffer, input: string): Fixed {
  const { readSheets, WorkbookFault } = require('../load/workbook/sheets') as typeof import('../load/workbook/sheets');
  const { planWorkbookRepairs, withRepairs } = require('../fix/workbook-plan') as typeof import('../fix/workbook-plan');
  let sheets: SheetCells[];
  try {
    sheets = readSheets(bytes, input);
  } catch (error) {
    if (error instanceof WorkbookFault) throw new UsageError({ ja: `${input}: ${error.reason.ja}`, en: `${input}: ${error.reason.en}` });
    throw error;
  }
  const planned = planWorkbookRepairs(sheets);
  if (planned.length === 0) return { content: bytes, printed: [], warnings: [] };
  const { runInWorkerSync } = require('../load/sync-worker') as typeof import('../load/sync-worker');
  const { WRITE_LIMITS } = require('../load/workbook-write-sync') as typeof import('../load/workbook-write-sync');
  const outcome = runInWorkerSync<ApplyResult>('fix/workbook-apply', 'applyWorkbookRepairs', { bytes, repairs: planned }, WRITE_LIMITS);
  if (!outcome.ok) {
    if ('timedOut' in outcome) throw usage(`${input}: 整形したブックの作成が時間内に終わりませんでした`, `${input}: writing the tidy copy took too long`);
    throw new Error(`writing the tidy copy failed: ${outcome.failure}`);
  }
  const { bytes: content, skipped, lost } = outcome.value;
  const made = planned.filter((repair) => !skipped.some((cell) => cell.sheet === repair.sheet && cell.ref === repair.ref));
  // Read back as the checker reads it: exactly the repaired cells changed, to exactly the planned values.
  const differences = changedCells(withRepairs(sheets, made), readSheets(content, input));
  if (differences.length > 0) throw new Error(`the tidy copy differs from the plan at ${differences.slice(0, 5).join(', ')}`);
  const warnings: Bilingual[] = [];
  if (skipped.length > 0) {
    const cells = skipped.map((cell) => `${cell.sheet}!${cell.ref}`).join(', ');
    warnings.push({ ja: `次のセルは数式・結合セルなどのため直していません: ${cells}`, en: `not repaired, being a formula, part of a merge or the like: ${cells}` });
  }
  if (lost.length > 0) {
    warnings.push({ ja: `整形したコピーには次のものが引き継がれていません（元のブックはそのままです）: ${lost.join(', ')}`, en: `the tidy copy does not carry over ${lost.join(', ')} (the original workbook is unchanged)` });
  }
  const printed = made.map((repair: CellRepair) => ({ at: `${repair.sheet}!${repair.ref}`, before: shownCell(repair.before), after: shownCell(repair.after) }));
  return { content, printed, warnings };
}

function fixYaml(bytes: Buffer, input: string): Fixed {
  const decoded = decodeLedger(bytes);
  if (!decoded.ok) throw new UsageError({ ja: `${input}: ${decoded.message.ja}`, en: `${input}: ${decoded.message.en}` });
  const { fixYamlText } = require('../fix/yaml-fix') as typeof import('../fix/yaml-fix');
  const fixed = fixYamlText(decoded.text);
  if (!fixed) {
    throw usage(
      `${input}: YAML として読めないため直せません。dokodemo-check ${input} で場所を確かめ、手で直してください`,
      `${input}: not readable as YAML, so nothing can be repaired; dokodemo-check ${input} shows where, to fix by hand`,
    );
  }
  const hadBom = bytes.subarray(0, 3).equals(UTF8_BOM);
  const content = Buffer.concat([hadBom ? UTF8_BOM : Buffer.alloc(0), Buffer.from(fixed.text, 'utf8')]);
  const printed = fixed.repairs.map((repair: ValueRepair) => ({ at: `${input}:${repair.line}:${repair.column}`, before: shownValue(repair.before), after: shownValue(repair.after) }));
  return { content, printed, warnings: [] };
}

/** The format problems the copy still has: what the checker reports before the content checks. */
function stillToDo(content: Uint8Array, output: string): LocatedFinding[] {
  const loaded = loadLedger(content, output);
  return loaded.ok ? loaded.readFindings : loaded.findings;
}

function placeOf(finding: LocatedFinding, output: string): string {
  const cell = finding.position.cell;
  return cell ? `${cell.sheet}!${cell.ref}` : `${output}:${finding.position.line}:${finding.position.column}`;
}

function report(input: string, output: string, fixed: Fixed, remaining: readonly LocatedFinding[], lang: Lang): string {
  const ja = lang === 'ja';
  const lines: string[] = [];
  const count = fixed.printed.length;
  lines.push(ja ? `${input} → ${output}: ${count} か所を直しました` : `${input} → ${output}: ${count} ${count === 1 ? 'repair' : 'repairs'}`);
  for (const { at, before, after } of fixed.printed) lines.push(`  ${at}  ${before} → ${after}`);
  if (remaining.length === 0) {
    lines.push(ja ? '人の判断が必要な形式の問題はありません' : 'nothing left that needs a person');
  } else {
    lines.push(ja ? `人の判断が必要なもの（${remaining.length} 件。直していません）:` : `left for a person (${remaining.length}, not changed):`);
    for (const finding of remaining) lines.push(`  ${placeOf(finding, output)}  ${fill(finding.message[lang], finding.data)}`);
  }
  lines.push(ja ? `元のファイル ${input} は変更していません` : `the original ${input} is unchanged`);
  return `${lines.map(inertText).join('\n')}\n`;
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
  const bytes = readInput(inputPath, input);
  const workbook = isWorkbook(input, bytes);
  if (workbook ? !XLSX_PATH.test(output) : !YAML_PATH.test(output)) {
    throw usage(
      `fix の出力は入力と同じ形式です（${workbook ? '.xlsx' : '.yaml'}）: ${output}。形式を変えるには convert を使います`,
      `fix writes the input's own format (${workbook ? '.xlsx' : '.yaml'}): ${output}; to change the format, use convert`,
    );
  }
  const fixed = workbook ? fixWorkbook(bytes, input) : fixYaml(bytes, input);
  writeOutput(outputPath, output, fixed.content, outputOptions);
  for (const warning of fixed.warnings) io.writeStderr?.(`${inertText(`dokodemo-check: ${warning[lang]}`)}\n`);
  const remaining = stillToDo(fixed.content, output);
  io.writeStdout(report(input, output, fixed, remaining, lang));
  return remaining.some((finding) => finding.severity === 'error') ? 1 : 0;
}
