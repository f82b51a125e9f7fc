// The tidy copy (`fix`), made the same way by the CLI (cli/fix-command.ts) and by the offline page
// (web/worker.ts): what the repairs are (workbook-plan.ts, yaml-fix.ts), the copy's bytes, the printed
// list of repairs (cell or line, before → after) and what still needs a person. Only the writing of a
// workbook differs: the CLI waits for exceljs in its worker thread, the page awaits it in its worker;
// both give the same job to applyWorkbookRepairs (workbook-apply.ts) and check its answer here.
import { loadLedger } from '../engine/check-file';
import { UsageError } from '../errors';
import { fill } from '../i18n/lang';
import { decodeLedger } from '../load/decode';
import { WorkbookFault } from '../workbook/fault';
import { dayOfDate } from '../workbook/codec';
import type { CellValue, SheetCells } from '../workbook/codec';
import { inertText } from '../report/inert';
import type { Bilingual, Lang, LocatedFinding } from '../types';
import type { ApplyJob, ApplyResult } from './workbook-apply';
import type { CellRepair } from './workbook-plan';
import type { ValueRepair } from './yaml-fix';

/** One printed repair: where, then before → after. */
export interface Printed {
  at: string;
  before: string;
  after: string;
}

export interface Fixed {
  content: Uint8Array;
  printed: Printed[];
  /** Lines for stderr: repairs the copy could not take, what it does not carry over. */
  warnings: Bilingual[];
}

const shownCell = (value: CellValue): string => (value instanceof Date ? dayOfDate(value) : value === null ? '' : String(value));
const shownValue = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

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

/** A workbook's cells and the repairs planned on them; `job` is undefined when there is nothing to repair. */
export interface WorkbookFixPlan {
  bytes: Uint8Array;
  sheets: SheetCells[];
  planned: CellRepair[];
  job?: ApplyJob;
}

/** The repairs a workbook allows (the zip guard and the reader, no exceljs); the CLI's refusal when it cannot be read. */
export function planWorkbookFix(bytes: Uint8Array, input: string): WorkbookFixPlan {
  const { readSheets } = require('../workbook/sheets') as typeof import('../workbook/sheets');
  const { planWorkbookRepairs } = require('./workbook-plan') as typeof import('./workbook-plan');
  let sheets: SheetCells[];
  try {
    sheets = readSheets(bytes, input);
  } catch (error) {
    if (error instanceof WorkbookFault) throw new UsageError({ ja: `${input}: ${error.reason.ja}`, en: `${input}: ${error.reason.en}` });
    throw error;
  }
  const planned = planWorkbookRepairs(sheets);
  return { bytes, sheets, planned, ...(planned.length > 0 ? { job: { bytes, repairs: planned } } : {}) };
}

/** The repaired workbook exceljs wrote for `plan`, read back as the checker reads it: exactly the repaired cells changed, to exactly the planned values. */
export function workbookFixed(plan: WorkbookFixPlan, applied: ApplyResult | undefined, input: string): Fixed {
  if (!plan.job || !applied) return { content: plan.bytes, printed: [], warnings: [] };
  const { readSheets } = require('../workbook/sheets') as typeof import('../workbook/sheets');
  const { withRepairs } = require('./workbook-plan') as typeof import('./workbook-plan');
  const { bytes: content, skipped, lost } = applied;
  const made = plan.planned.filter((repair) => !skipped.some((cell) => cell.sheet === repair.sheet && cell.ref === repair.ref));
  const differences = changedCells(withRepairs(plan.sheets, made), readSheets(content, input));
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

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A YAML ledger's tidy copy: each repaired value's text replaced in place, every other byte (and a BOM) kept. */
export function fixYamlBytes(bytes: Uint8Array, input: string): Fixed {
  const decoded = decodeLedger(bytes);
  if (!decoded.ok) throw new UsageError({ ja: `${input}: ${decoded.message.ja}`, en: `${input}: ${decoded.message.en}` });
  const { fixYamlText } = require('./yaml-fix') as typeof import('./yaml-fix');
  const fixed = fixYamlText(decoded.text);
  if (!fixed) {
    throw new UsageError({
      ja: `${input}: YAML として読めないため直せません。dokodemo-check ${input} で場所を確かめ、手で直してください`,
      en: `${input}: not readable as YAML, so nothing can be repaired; dokodemo-check ${input} shows where, to fix by hand`,
    });
  }
  const hadBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const text = new TextEncoder().encode(fixed.text);
  const content = new Uint8Array((hadBom ? 3 : 0) + text.length);
  if (hadBom) content.set(UTF8_BOM);
  content.set(text, hadBom ? 3 : 0);
  const printed = fixed.repairs.map((repair: ValueRepair) => ({ at: `${input}:${repair.line}:${repair.column}`, before: shownValue(repair.before), after: shownValue(repair.after) }));
  return { content, printed, warnings: [] };
}

/** The format problems the copy still has: what the checker reports before the content checks. */
export function stillToDo(content: Uint8Array, output: string): LocatedFinding[] {
  const loaded = loadLedger(content, output);
  return loaded.ok ? loaded.readFindings : loaded.findings;
}

export function placeOf(finding: LocatedFinding, output: string): string {
  const cell = finding.position.cell;
  return cell ? `${cell.sheet}!${cell.ref}` : `${output}:${finding.position.line}:${finding.position.column}`;
}

/** What `fix` prints: each repair, then what is left for a person (terminal-safe). */
export function fixReport(input: string, output: string, fixed: Fixed, remaining: readonly LocatedFinding[], lang: Lang): string {
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

/** The tidy copy's name beside the ledger's, as `fix`'s usage line suggests (台帳.xlsx → 台帳-整形.xlsx,
 * ledger.yml → ledger-fixed.yml), in the input's own format as `fix` requires (.xlsx, else .yaml/.yml). */
export function tidyFileName(name: string, lang: Lang, workbook: boolean): string {
  const base = name.replace(/^.*[\\/]/, '');
  const extension = workbook ? (/\.xlsx$/i.test(base) ? base.slice(-5) : '.xlsx') : (/\.ya?ml$/i.exec(base)?.[0] ?? '.yaml');
  const stem = workbook ? base.replace(/\.(xlsx|xlsm|xls)$/i, '') : base.replace(/\.ya?ml$/i, '');
  return `${stem}-${lang === 'ja' ? '整形' : 'fixed'}${extension}`;
}

/** What the page shows before the copy is made: the repairs planned (workbook cells or YAML lines). */
export interface TidyPreview {
  printed: Printed[];
}

/** The repairs a ledger allows, without writing anything (cheap: no exceljs); the CLI's refusal when it cannot be read. */
export function previewTidyCopy(file: { name: string; bytes: Uint8Array }, workbook: boolean): TidyPreview {
  if (!workbook) return { printed: fixYamlBytes(file.bytes, file.name).printed };
  const plan = planWorkbookFix(file.bytes, file.name);
  return { printed: plan.planned.map((repair) => ({ at: `${repair.sheet}!${repair.ref}`, before: shownCell(repair.before), after: shownCell(repair.after) })) };
}

export interface TidyCopy {
  bytes: Uint8Array;
  /** A name for it beside the ledger's (台帳-整形.xlsx). */
  fileName: string;
  /** The repairs made, as `fix` prints them. */
  printed: Printed[];
  /** What `fix` says on stderr (cells it could not repair, what the copy lost), in the chosen language. */
  warnings: string[];
  /** The format problems left for a person. */
  remaining: LocatedFinding[];
  /** `fix`'s whole report, as it prints it. */
  report: string;
}

/**
 * The offline page's download (整形したコピーを保存): a chosen ledger's tidy copy, made as `fix <file> -o
 * <copy>` makes it (the same repairs, the same YAML bytes, the same workbook parts). Throws the CLI's
 * UsageError when the file cannot be read or repaired.
 */
export async function tidyCopy(file: { name: string; bytes: Uint8Array }, workbook: boolean, lang: Lang): Promise<TidyCopy> {
  const fileName = tidyFileName(file.name, lang, workbook);
  let fixed: Fixed;
  if (workbook) {
    const plan = planWorkbookFix(file.bytes, file.name);
    const { applyWorkbookRepairs } = require('./workbook-apply') as typeof import('./workbook-apply');
    fixed = workbookFixed(plan, plan.job && (await applyWorkbookRepairs(plan.job)), file.name);
  } else {
    fixed = fixYamlBytes(file.bytes, file.name);
  }
  const remaining = stillToDo(fixed.content, fileName);
  return {
    bytes: fixed.content,
    fileName,
    printed: fixed.printed,
    warnings: fixed.warnings.map((warning) => warning[lang]),
    remaining,
    report: fixReport(file.name, fileName, fixed, remaining, lang),
  };
}
