// JUnit for a file that could not be read: only unreadable-file ran on it; every other rule is skipped,
// never reported as passed.
import { loadReporter } from '../../src/reporters';
import { RULES } from '../../src/rules';
import { reportFile, reportFinding, reportModel } from '../helpers/report-model';

it('a file that could not be read: its finding fails, the other rules are skipped, none passes', () => {
  const finding = reportFinding({ ruleId: 'unreadable-file', target: null, targetLabel: null, message: 'the workbook is damaged or cut short' });
  const xml = loadReporter('junit')!(reportModel([reportFile('cut.xlsx', [finding])]), { color: false });
  expect(xml).toContain(`<testsuite name="cut.xlsx" tests="${RULES.length}" failures="1" errors="0" skipped="${RULES.length - 1}">`);
  expect(xml.match(/<testcase [^>]*\/>/g)).toBeNull(); // no rule shown as passed
  expect(xml).toContain('<failure message="the workbook is damaged or cut short" type="error">');
});
