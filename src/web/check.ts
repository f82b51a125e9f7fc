// The page's check: a chosen file's bytes → the report model and the due report, made by the CLI's own
// modules, or one message saying why the file could not be checked (what is exit 2 in the CLI).
import { configFromBytes, MAX_CONFIG_BYTES } from '../config/from-bytes';
import type { Config } from '../config/types';
import { withOverdue } from '../due/collect';
import { dueReport } from '../due/report';
import type { DueReport } from '../due/report';
import { checkLoaded, loadLedger, loadWorkbookLedger } from '../engine/check-file';
import type { LoadedLedger } from '../engine/check-file';
import { UsageError } from '../errors';
import { MAX_LEDGER_BYTES } from '../load/limits';
import { isWorkbook } from '../workbook/kind';
import { withWorkbookHint } from '../workbook/messages';
import { readWorkbookOrThrow } from '../workbook/read';
import { presentReport } from '../report/model';
import type { ReportModel } from '../report/model';
import { previewTidyCopy, tidyCopy } from '../fix/copy';
import type { Printed } from '../fix/copy';
import { markedCopy } from '../reporters/xlsx';
import type { Bilingual, Lang } from '../types';
import { VERSION } from '../version';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface PageOptions {
  asOf: string;
  config: Config;
  lang: Lang;
  /** The due list's window in days (`due --within`). */
  within: number;
}

/** A check's result as plain data (it comes from the page's worker: see worker.ts): the report, or one
 * message saying why there is none (the file could not be checked, or the check was cancelled). */
export type PageCheck =
  | PageReport
  | { status: 'error'; message: Bilingual }
  | { status: 'cancelled'; message: Bilingual };

export interface PageReport {
  status: 'ok' | 'findings';
  model: ReportModel;
  due: DueReport;
  copies: PageCopies;
}

/** What the page offers to save for a checked ledger (the CLI's `-f xlsx -o` and `fix -o`). */
export interface PageCopies {
  /** A marked copy can be made: a workbook, or a YAML ledger that reads as YAML (as `-f xlsx` requires). */
  marked: boolean;
  /** The repairs `fix` would make (cell or line, before → after); empty when there are none. */
  repairs: Printed[];
}

/** The two copies the page saves: the marked workbook (指摘付きのブック) and the tidy copy (整形したコピー). */
export type CopyKind = 'marked' | 'tidy';

/** A copy made in the worker, as plain data, or why there is none. */
export type PageCopy =
  | {
    status: 'made';
    kind: CopyKind;
    fileName: string;
    bytes: Uint8Array;
    /** What the CLI says on stderr: what the marked copy could not carry over, the cells `fix` could not repair. */
    notes: string[];
    /** The tidy copy's repairs, as `fix` prints them. */
    repairs?: Printed[];
  }
  | { status: 'error'; message: Bilingual }
  | { status: 'cancelled'; message: Bilingual };

export function isReport(check: PageCheck | undefined): check is PageReport {
  return check !== undefined && (check.status === 'ok' || check.status === 'findings');
}

/** What a running check is doing: reading the file (the first check of a chosen file), then the rules; or
 * making a copy to save. */
export type CheckStage = 'reading' | 'checking' | 'making';

/** How one kind of ledger file is read into the engine's loaded ledger (a value and the positions of
 * its nodes, or the findings that stop the rules). A reader may be async (workbooks are unzipped with
 * promises); YAML's is not. */
interface LedgerFormat {
  load(bytes: Uint8Array, name: string): LoadedLedger | Promise<LoadedLedger>;
}

const YAML_LEDGER: LedgerFormat = { load: loadLedger };

/** The CLI's workbook reader without its worker thread (read-sync.ts): the zip guard, then exceljs
 * (initialised on the first workbook), refusals in the CLI's words. */
const WORKBOOK_LEDGER: LedgerFormat = {
  async load(bytes, name) {
    return loadWorkbookLedger(await readWorkbookOrThrow(bytes, name), withWorkbookHint);
  },
};

/** What the ledger chooser offers. */
export const ACCEPTED_EXTENSIONS = ['.yaml', '.yml', '.xlsx'];

/** As the CLI chooses: a workbook by its name (.xlsx and the kinds it is confused with) or its bytes, else YAML. */
function formatOf(file: ChosenFile): LedgerFormat {
  return isWorkbook(file.name, file.bytes) ? WORKBOOK_LEDGER : YAML_LEDGER;
}

/** The repairs of each chosen file, planned once (they depend on the file alone). */
const plannedRepairs = new WeakMap<ChosenFile, Printed[]>();

/** The repairs `fix` would make, planned only when the check found format problems (`fix` repairs nothing
 * else); none when the file cannot be repaired (not YAML at all). */
function repairsOf(file: ChosenFile, loaded: LoadedLedger): Printed[] {
  const formatProblems = loaded.ok ? loaded.readFindings.length : loaded.findings.length;
  if (formatProblems === 0) return [];
  let repairs = plannedRepairs.get(file);
  if (!repairs) {
    try {
      repairs = previewTidyCopy(file, isWorkbook(file.name, file.bytes)).printed;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      repairs = [];
    }
    plannedRepairs.set(file, repairs);
  }
  return repairs;
}

/** Whether `-f xlsx` could mark this ledger: a workbook always; a YAML ledger only when it reads as YAML. */
function markable(file: ChosenFile, loaded: LoadedLedger): boolean {
  // A ledger that does not load has yaml-syntax findings only (it is not YAML: the cap's closing finding keeps the
  // rule) or none (schema): `every` answers as `some` does.
  // Stryker disable next-line MethodExpression: the findings are all yaml-syntax or none is
  return isWorkbook(file.name, file.bytes) || loaded.ok || !loaded.findings.some((finding) => finding.ruleId === 'yaml-syntax');
}

/** Each chosen file is parsed once: a new day, configuration or language runs only the rules again. */
const loadedFiles = new WeakMap<ChosenFile, Promise<LoadedLedger>>();

function load(file: ChosenFile): Promise<LoadedLedger> {
  let loaded = loadedFiles.get(file);
  if (!loaded) {
    loaded = (async () => formatOf(file).load(file.bytes, file.name))();
    loadedFiles.set(file, loaded);
  }
  return loaded;
}

/** Why a ledger of `size` bytes is refused (the CLI's limit and words), or undefined when it is not. */
export function ledgerSizeProblem(name: string, size: number): Bilingual | undefined {
  if (size <= MAX_LEDGER_BYTES) return undefined;
  const megabytes = `${Math.round(size / 1024 / 1024)} MB`;
  return {
    ja: `ファイルが大きすぎます: ${name}（${megabytes}。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）`,
    en: `file too large: ${name} (${megabytes}; the limit is 64 MB: split the ledger into one file per facility)`,
  };
}

function messageOf(error: unknown): Bilingual {
  if (error instanceof UsageError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return { ja: `確認中に予期しないエラーが起きました: ${detail}`, en: `an unexpected error stopped the check: ${detail}` };
}

/** Checks one ledger as `dokodemo-check --as-of … [-c …] --lang …` and `due --within …` would; `onStage`
 * hears when the reading (only when the file is not read yet) and the rules begin. */
export async function checkChosenFile(file: ChosenFile, options: PageOptions, onStage?: (stage: CheckStage) => void): Promise<PageCheck> {
  try {
    const tooLarge = ledgerSizeProblem(file.name, file.bytes.length);
    if (tooLarge) throw new UsageError(tooLarge);
    const { asOf, config, lang } = options;
    if (!loadedFiles.has(file)) onStage?.('reading');
    // Loaded once for both: the findings (as `check`) and the due list (as `due`).
    const loaded = await load(file);
    onStage?.('checking');
    const checked = checkLoaded(loaded, { asOf, config });
    const due = dueReport([{ file: file.name, bytes: file.bytes, loaded }], { ...options, redact: false, version: VERSION });
    const model = presentReport(
      { asOf, files: [{ file: file.name, config, ...withOverdue(checked, config, asOf) }] },
      { lang, redact: false, quiet: false, failOn: 'error', version: VERSION },
    );
    const { error, warning, info } = model.summary;
    const copies = { marked: markable(file, loaded), repairs: repairsOf(file, loaded) };
    return { status: error + warning + info > 0 ? 'findings' : 'ok', model, due, copies };
  } catch (error) {
    return { status: 'error', message: messageOf(error) };
  }
}

/**
 * A copy to save, made as the CLI makes it: the marked workbook of `dokodemo-check <file> -f xlsx -o …
 * --as-of … --lang …` (the file's name as chosen heads its list, as the CLI shows the name it was given),
 * or the tidy copy of `fix <file> -o …`. Either is refused in the CLI's words when it cannot be made.
 */
export async function makeCopy(file: ChosenFile, options: PageOptions, kind: CopyKind): Promise<PageCopy> {
  try {
    const tooLarge = ledgerSizeProblem(file.name, file.bytes.length);
    if (tooLarge) throw new UsageError(tooLarge);
    const { asOf, config, lang } = options;
    if (kind === 'marked') {
      const marked = await markedCopy(file, { asOf, config, lang });
      return { status: 'made', kind, fileName: marked.fileName, bytes: marked.bytes, notes: marked.lost ? [marked.lost] : [] };
    }
    const tidy = await tidyCopy(file, isWorkbook(file.name, file.bytes), lang);
    return { status: 'made', kind, fileName: tidy.fileName, bytes: tidy.bytes, notes: tidy.warnings, repairs: tidy.printed };
  } catch (error) {
    return { status: 'error', message: messageOf(error) };
  }
}

export type ConfigChoice = { ok: true; config: Config } | { ok: false; message: Bilingual };

/** A chosen .dokodemo-check.yaml, read as `-c` reads it. */
export function readChosenConfig(file: ChosenFile): ConfigChoice {
  try {
    if (file.bytes.length > MAX_CONFIG_BYTES) {
      throw new UsageError({ ja: `設定ファイル ${file.name} を読めません`, en: `cannot read the configuration file ${file.name}` });
    }
    return { ok: true, config: configFromBytes(file.name, file.bytes) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** Names a dropped file is taken as the configuration by (Windows users may drop the leading dot). */
export function isConfigName(name: string): boolean {
  return /^\.?dokodemo-check\.ya?ml$/i.test(name);
}
