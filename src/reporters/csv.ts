// --format csv: the network scorecard as a spreadsheet: one row per facility (worst first, as the table's
// roll-up and the HTML report order them), its counts, then one column per guideline item a rule checks
// (pass / findings n / not recorded / off, in the report's language). UTF-8 with a byte-order mark, so
// that Excel opens Japanese correctly by double-click; CRLF lines, fields quoted as RFC 4180 says; and
// formula-safe: a cell starting with = + - @, a tab or a carriage return gets a leading ', so a ledger's
// text can never become a formula (CWE-1236).
import { scorecardRows, scoreOf, scoreText } from '../catalogue/coverage';
import { ui } from '../i18n/ui';
import { worstFirst } from './table';
import type { ReportModel } from '../report/model';
import type { Reporter } from './types';

const BOM = '\uFEFF';

const WORDS = {
  ja: { suppressed: '抑止' },
  en: { suppressed: 'Suppressed' },
} as const;

/** A value as a CSV field: formula-safe first, then quoted when it holds a quote, a comma or a line break. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(model: ReportModel): string {
  const { rollup } = ui(model.lang);
  const rows = scorecardRows();
  const header = [rollup.facility, rollup.file, rollup.error, rollup.warning, rollup.info, WORDS[model.lang].suppressed, rollup.overdue, ...rows.map((row) => row.item.id)];
  const lines = [...model.files].sort(worstFirst).map((file) => [
    file.facility ?? '',
    file.file,
    file.counts.error,
    file.counts.warning,
    file.counts.info,
    file.counts.suppressed,
    file.overdue ?? '',
    ...rows.map((row) => scoreText(scoreOf(row, file), model.lang)),
  ]);
  return BOM + [header, ...lines].map((line) => line.map(csvField).join(',') + '\r\n').join('');
}

const csv: Reporter = (model) => renderCsv(model);
export default csv;
