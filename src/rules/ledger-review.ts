import { addMonthsToDay } from '../dates';
import { defineRule } from './rule';
import { FACILITY_TARGET } from './helpers';

export default defineRule({
  id: 'ledger-review',
  severity: 'warning',
  category: 'facility',
  options: {
    months: {
      // Stryker disable next-line StringLiteral: OptionSpec.type is read nowhere (src/config/schema.ts writes 'integer' itself, validate.ts checks Number.isInteger)
      type: 'integer',
      default: 12,
      minimum: 1,
      maximum: 120,
      description: { ja: '台帳を見直す間隔（月）', en: 'Months allowed between ledger reviews' },
    },
  },
  sources: ['C-1', '6.0 企9'],
  description: { ja: '台帳が定期的に見直されていること', en: 'The ledger is reviewed periodically' },
  help: { ja: '台帳の内容を確認し、facility.updated を見直した日に更新してください。', en: 'Review the ledger and set facility.updated to the day of the review.' },
  messages: {
    default: {
      ja: '台帳が {updated} から {months} か月以上見直されていません（期限 {due}）。内容を確認し、{@:facility.updated} を更新してください',
      en: 'The ledger has not been reviewed since {updated}, more than {months} months ago (due {due}). Review it and update {@:facility.updated}',
    },
  },
  check(context) {
    const { updated } = context.ledger.facility;
    const months = context.options.months!;
    const due = addMonthsToDay(updated, months);
    if (context.asOf <= due) return;
    context.report({ path: ['facility', 'updated'], target: FACILITY_TARGET, data: { updated, months, due } });
  },
});
