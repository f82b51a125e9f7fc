// --format xlsx: a copy of the checked workbook with each finding at its cell (a fill by severity, a
// note with the message and the rule id) and a first sheet listing the findings by person, device and
// the facility, with the summary at the top. Unlike the other formats it needs the ledger's own bytes,
// not only the report model: the CLI (cli/marked-copy.ts) and the offline page both call markJobFor on
// the loaded ledger, then markWorkbook (workbook/mark.ts) on the job: the same input and as-of day
// give the same workbook in both. A YAML ledger is marked in its workbook form (workbook-write.ts).
import type { Config } from '../config/types';
import { DUE_KIND_RULES, withOverdue } from '../due/collect';
import { dueReport } from '../due/report';
import type { DueItem } from '../due/report';
import { checkLoaded } from '../engine/check-file';
import type { LoadedLedger } from '../engine/check-file';
import { ui } from '../i18n/ui';
import { MARK_FILLS, NOTE_HEADING, LIST_TITLE_START } from '../workbook/mark';
import type { CellMark, FindingRow, LostFeature, MarkJob, MarkPlan } from '../workbook/mark';
import { MARKS_SHEET_NAMES } from '../workbook/marks-sheet';
import { groupItems, sectionHeading, targetGroup } from '../report/group';
import { positionLabel, presentReport } from '../report/model';
import type { FailOn, ReportFinding, ReportModel } from '../report/model';
import type { Bilingual, Lang, LocatedFinding, Severity } from '../types';
import { VERSION } from '../version';

/** Every obligation is looked at, not only those due soon: a finding's due day may be far off. */
const ALL_DAYS = 1_000_000;

const WORDS = {
  ja: {
    title: (file: string, asOf: string) => `${LIST_TITLE_START} — 指摘一覧（${file}、基準日 ${asOf}）`,
    none: '指摘はありません',
    legend: '色の意味',
    suppressed: '抑止',
    suppressedSeverity: (severity: string) => `${severity}（抑止）`,
    header: { severity: '重大度', place: 'セル', target: '対象', rule: 'ルール', message: 'メッセージ', due: '期限' },
    noteLine: (severity: string, message: string, rule: string) => `${severity}: ${message}（${rule}）`,
  },
  en: {
    title: (file: string, asOf: string) => `${LIST_TITLE_START} — findings (${file}, as of ${asOf})`,
    none: 'No findings',
    legend: 'Colours',
    suppressed: 'suppressed',
    suppressedSeverity: (severity: string) => `${severity} (suppressed)`,
    header: { severity: 'Severity', place: 'Cell', target: 'Target', rule: 'Rule', message: 'Message', due: 'Due' },
    noteLine: (severity: string, message: string, rule: string) => `${severity}: ${message} (${rule})`,
  },
} as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const fillOf = (finding: Pick<ReportFinding, 'severity' | 'suppressed'>) => (finding.suppressed ? MARK_FILLS.suppressed : MARK_FILLS[finding.severity]);

/** The due day of the obligation a finding is about: the same node, else the rule's own obligation for the same target. */
function dueOf(finding: ReportFinding, items: readonly DueItem[]): string | undefined {
  const same = items.filter((item) => item.target === finding.target && (item.path === finding.path || DUE_KIND_RULES.get(item.kind) === finding.ruleId));
  const exact = same.filter((item) => item.path === finding.path);
  const chosen = (exact.length > 0 ? exact : same).map((item) => item.due).sort();
  return chosen[0];
}

function severityText(finding: ReportFinding, lang: Lang): string {
  const word = ui(lang).severity[finding.severity];
  return finding.suppressed ? WORDS[lang].suppressedSeverity(word) : word;
}

function messageText(finding: ReportFinding, lang: Lang): string {
  const { suppression } = finding;
  return suppression ? `${finding.message}\n${ui(lang).suppressedBy(suppression.reason, suppression.expires)}` : finding.message;
}

/** One mark per cell: the fill of its most severe unsuppressed finding (grey when all are suppressed), every finding in the note. */
function cellMarks(findings: readonly ReportFinding[], lang: Lang): CellMark[] {
  const byCell = new Map<string, ReportFinding[]>();
  for (const finding of findings) {
    if (finding.sheet === undefined || finding.cell === undefined) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), finding]);
  }
  return [...byCell.values()].map((here) => {
    const ranked = [...here].sort((a, b) => Number(a.suppressed) - Number(b.suppressed) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const lines = here.map((finding) => WORDS[lang].noteLine(severityText(finding, lang), messageText(finding, lang), finding.ruleId));
    return { sheet: here[0]!.sheet!, ref: here[0]!.cell!, fill: fillOf(ranked[0]!), note: [NOTE_HEADING, ...lines].join('\n') };
  });
}

function findingRow(finding: ReportFinding, due: readonly DueItem[], lang: Lang): FindingRow {
  const row: FindingRow = {
    severity: severityText(finding, lang),
    fill: fillOf(finding),
    target: finding.targetLabel ?? '',
    rule: finding.ruleId,
    message: messageText(finding, lang),
  };
  if (finding.sheet !== undefined && finding.cell !== undefined) row.place = { sheet: finding.sheet, ref: finding.cell, text: positionLabel(finding) };
  const day = dueOf(finding, due);
  if (day !== undefined) row.due = day;
  return row;
}

export interface MarkOptions {
  /** The file's name as shown (the title of the list). */
  name: string;
  /** The workbook to mark: the ledger's own, or the workbook form of a YAML ledger. */
  bytes: Uint8Array;
  /** `bytes` were written from a YAML ledger. */
  written: boolean;
  /** `bytes` loaded (engine/check-file.ts loadLedger). */
  loaded: LoadedLedger;
  config: Config;
  asOf: string;
  lang: Lang;
  /** --quiet: errors only. */
  quiet?: boolean;
  failOn?: FailOn;
}

/** The check of the loaded workbook (its report model, for the exit code and the summary) and the marking job it gives. */
export function markJobFor(options: MarkOptions): { job: MarkJob; model: ReportModel } {
  const { name, loaded, config, asOf, lang } = options;
  const check = checkLoaded(loaded, { asOf, config });
  const result = { asOf, files: [{ file: name, config, ...withOverdue(check, config, asOf) }] };
  const presentOptions = { lang, redact: false, quiet: !!options.quiet, failOn: options.failOn ?? 'error', version: VERSION };
  const model = presentReport(result, presentOptions);
  const file = model.files[0]!;
  const due = dueReport([{ file: name, bytes: options.bytes, loaded, config }], { asOf, within: ALL_DAYS, lang, redact: false, version: VERSION }).items;

  // The presented findings are the engine's, in order, less what --quiet leaves out.
  const located: LocatedFinding[] = check.findings.filter((finding) => !options.quiet || finding.severity === 'error');
  const pairs = file.findings.map((finding, index) => ({ finding, located: located[index] }));
  const groups = groupItems(pairs, (pair) => targetGroup(pair.located?.target, check.ledger)).map(({ group, items }) => {
    const first = items[0]!.finding;
    return {
      // Stryker disable next-line StringLiteral: a group with a person or a device has its label and id; the ledger-wide group's heading reads neither
      heading: sectionHeading(group.kind, first.targetLabel ?? '', first.target ?? '', lang),
      rows: items.map(({ finding }) => findingRow(finding, due, lang)),
    };
  });
  const words = WORDS[lang];
  const counts = file.counts;
  const total = counts.error + counts.warning + counts.info;
  const plan: MarkPlan = {
    sheetName: MARKS_SHEET_NAMES[lang],
    title: words.title(name, asOf),
    lines: [total + counts.suppressed > 0 ? ui(lang).summary(total, counts, counts.suppressed) : words.none],
    legend: {
      label: words.legend,
      words: [
        { text: ui(lang).severity.error, fill: MARK_FILLS.error },
        { text: ui(lang).severity.warning, fill: MARK_FILLS.warning },
        { text: ui(lang).severity.info, fill: MARK_FILLS.info },
        { text: words.suppressed, fill: MARK_FILLS.suppressed },
      ],
    },
    header: words.header,
    groups,
    marks: cellMarks(file.findings, lang),
  };
  return { job: { bytes: options.bytes, asOf, written: options.written, plan }, model };
}

const LOST_WORDS: Record<LostFeature, Bilingual> = {
  images: { ja: '画像の書式（トリミング・回転・枠線・代替テキスト。画像そのものと位置は残ります）', en: 'image formatting (cropping, rotation, borders, alt text; the images and their places stay)' },
  shapes: { ja: '図形・テキストボックス・SmartArt', en: 'shapes, text boxes and SmartArt' },
  charts: { ja: 'グラフ', en: 'charts' },
  'pivot-tables': { ja: 'ピボットテーブル', en: 'pivot tables' },
  macros: { ja: 'マクロ', en: 'macros' },
  slicers: { ja: 'スライサー・タイムライン', en: 'slicers and timelines' },
  'threaded-comments': { ja: 'スレッド形式のコメント（メモは残ります）', en: 'threaded comments (notes stay)' },
  'embedded-objects': { ja: '埋め込みオブジェクト', en: 'embedded objects' },
  'form-controls': { ja: 'フォームコントロール', en: 'form controls' },
  'external-links': { ja: '他のブックへのリンク', en: 'links to other workbooks' },
  'data-connections': { ja: '外部データの接続', en: 'data connections' },
  'custom-xml': { ja: 'カスタム XML', en: 'custom XML' },
  'custom-properties': { ja: 'ユーザー設定のプロパティ', en: 'custom document properties' },
  'printer-settings': { ja: 'プリンターの詳細設定（印刷の向きや余白は残ります）', en: 'printer driver settings (orientation and margins stay)' },
  'internal-hyperlinks': { ja: 'ブック内へのハイパーリンク', en: 'hyperlinks to places in the workbook' },
  'sheet-list-dropdowns': { ja: '別のシートの一覧から選ぶドロップダウン（Excel 2010 形式）', en: 'dropdowns listing another sheet’s cells (Excel 2010 form)' },
  sparklines: { ja: 'スパークライン', en: 'sparklines' },
  'empty-cell-notes': { ja: '空のセルのメモ', en: 'notes on empty cells' },
};

/** The one line on what the copy lost, or undefined when it lost nothing. */
export function lostLine(lost: readonly LostFeature[], name: string, lang: Lang): string | undefined {
  if (lost.length === 0) return undefined;
  const list = lost.map((feature) => LOST_WORDS[feature][lang]).join(lang === 'ja' ? '、' : ', ');
  return lang === 'ja'
    ? `${name}: 指摘付きのコピーには次のものが引き継がれていません（元のブックはそのままです）: ${list}`
    : `${name}: the marked copy does not carry over ${list} (the original workbook is unchanged)`;
}

/** The marked copy's file name beside the ledger's: 台帳.xlsx → 台帳-指摘.xlsx, ledger.yaml → ledger-findings.xlsx. */
export function markedFileName(name: string, lang: Lang): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.(xlsx|ya?ml)$/i, '');
  return `${base}-${lang === 'ja' ? '指摘' : 'findings'}.xlsx`;
}

/** A YAML ledger's value, to write its workbook form; a file that is not YAML at all cannot be marked (as `convert`). */
export function yamlLedgerValue(bytes: Uint8Array, name: string): unknown {
  const { decodeLedger } = require('../load/decode') as typeof import('../load/decode');
  const { parseLedger } = require('../load/parse') as typeof import('../load/parse');
  const { UsageError } = require('../errors') as typeof import('../errors');
  const decoded = decodeLedger(bytes);
  if (!decoded.ok) throw new UsageError({ ja: `${name}: ${decoded.message.ja}`, en: `${name}: ${decoded.message.en}` });
  const parsed = parseLedger(decoded.text);
  if (!parsed.ok) {
    const [{ position, message }] = parsed.problems;
    const where = `${name}:${position.line}:${position.column}`;
    throw new UsageError({
      ja: `${where}: ${message.ja}（YAML として読めないため、指摘付きのブックを作れません）`,
      en: `${where}: ${message.en} (not readable as YAML, so no marked workbook can be made)`,
    });
  }
  return parsed.ledger.value;
}

export interface MarkedCopy {
  /** The marked workbook's bytes. */
  bytes: Uint8Array;
  /** A name for it beside the ledger's (台帳-指摘.xlsx). */
  fileName: string;
  /** The one line on what the copy could not carry over (images, charts…), in the chosen language. */
  lost?: string;
  /** The check the marks come from. */
  model: ReportModel;
}

/**
 * The offline page's download (指摘付きのブックを保存): a chosen ledger's marked copy, made as the CLI's
 * `-f xlsx -o` makes it (the same content for the same file, configuration, language and day). Throws
 * the CLI's UsageError (its `message` in both languages) when the file cannot be read.
 */
export async function markedCopy(file: { name: string; bytes: Uint8Array }, options: { asOf: string; config: Config; lang: Lang; quiet?: boolean }): Promise<MarkedCopy> {
  const { isWorkbook } = require('../workbook/kind') as typeof import('../workbook/kind');
  const { loadLedger } = require('../engine/check-file') as typeof import('../engine/check-file');
  const { markWorkbook } = require('../workbook/mark') as typeof import('../workbook/mark');
  const workbook = isWorkbook(file.name, file.bytes);
  let bytes = file.bytes;
  if (!workbook) {
    const { writeLedgerWorkbook } = require('../workbook/write') as typeof import('../workbook/write');
    bytes = await writeLedgerWorkbook({ ledger: yamlLedgerValue(file.bytes, file.name) });
  }
  const loaded = loadLedger(bytes, workbook ? file.name : markedFileName(file.name, options.lang));
  const { job, model } = markJobFor({ name: file.name, bytes, written: !workbook, loaded, config: options.config, asOf: options.asOf, lang: options.lang, quiet: options.quiet });
  const marked = await markWorkbook(job);
  const lost = lostLine(marked.lost, file.name, options.lang);
  return { bytes: marked.bytes, fileName: markedFileName(file.name, options.lang), ...(lost ? { lost } : {}), model };
}
