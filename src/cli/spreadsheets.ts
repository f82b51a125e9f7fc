// Spreadsheets a directory walk finds beside the ledgers but cannot read (.xls, .ods, .numbers, .csv,
// …): each is a `spreadsheet-format` finding for its file, saying what it is and how to save it as
// .xlsx, so no facility vanishes from the report without a word. A rule of its own, not
// unreadable-file, so that a folder keeping other spreadsheets on purpose can turn it off.
import type { Config } from '../config/types';
import type { KeptCheck } from '../engine/check-file';
import { severityOf } from '../engine/run-rules';
import { UsageError } from '../errors';
import { getRule } from '../rules';
import type { Bilingual } from '../types';

export const SPREADSHEET_RULE = 'spreadsheet-format';

/** Extensions of spreadsheets other than .xlsx → the rule's message for them (its messageId). */
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.xls$/i, 'xls'],
  [/\.xl[st]m$/i, 'xlsm'],
  [/\.xlsb$/i, 'xlsb'],
  [/\.xltx?$/i, 'template'],
  [/\.(ods|fods|ots|sxc)$/i, 'ods'],
  [/\.numbers$/i, 'numbers'],
  [/\.(csv|tsv)$/i, 'csv'],
  [/\.(et|ett)$/i, 'wps'],
];

/** The kind of spreadsheet a file name says it is, when it is one a walk cannot read. */
export function spreadsheetKind(name: string): string | undefined {
  return KINDS.find(([extension]) => extension.test(name))?.[1];
}

function messageOf(kind: string): Bilingual {
  const rule = getRule(SPREADSHEET_RULE)!;
  return rule.messages[kind] ?? rule.messages.default;
}

/** What reading it says, for the commands that read every input (`due`, a marked copy): the same words, with its name. */
export function spreadsheetFailure(path: string, kind: string): UsageError {
  const message = messageOf(kind);
  return new UsageError({ ja: `${path}: ${message.ja}`, en: `${path}: ${message.en}` });
}

/** Whether the configuration of the file's folder keeps the finding (a rule turned off drops the file, as before). */
export function spreadsheetReported(config: Config): boolean {
  return severityOf(getRule(SPREADSHEET_RULE)!, config) !== 'off';
}

/** The finding that stands for the whole file, at its start, with the severity its configuration gives. */
export function spreadsheetCheck(kind: string, config: Config): KeptCheck {
  const rule = getRule(SPREADSHEET_RULE)!;
  const severity = severityOf(rule, config);
  if (severity === 'off') return { findings: [] };
  const finding = { ruleId: rule.id, severity, path: [], position: { line: 1, column: 1 }, message: messageOf(kind), data: {}, sources: rule.sources };
  return { findings: [finding] };
}

/** Whether this file's check is only the finding that it is a spreadsheet that was not read. */
export function wasSpreadsheet(check: KeptCheck): boolean {
  return check.ledger === undefined && check.findings.length === 1 && check.findings[0]!.ruleId === SPREADSHEET_RULE;
}
