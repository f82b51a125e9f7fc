// The facility as a finding's target reads in the report's language (施設 in Japanese), as the enumerated
// values do; the machine formats keep the id `facility`.
import { runCli } from '../helpers/cli';

const FINDINGS = 'examples/clinic-with-findings.yaml';
const run = (args: string[]) => runCli(['--as-of', '2026-11-24', ...args, FINDINGS]);

describe('the facility as a target', () => {
  it('is 施設 in the Japanese table, Markdown, HTML and due list', () => {
    expect(run(['--lang', 'ja']).stdout.split('\n')[2]).toMatch(/^ {2}警告 +8:12 +施設 +ledger-review /);
    expect(run(['--lang', 'ja', '-f', 'markdown']).stdout).toContain('| 警告 | 8:12 | 施設 | `ledger-review` |');
    expect(run(['--lang', 'ja', '-f', 'html']).stdout).toContain('<td class="num">8:12</td><td class="nowrap">施設</td>');
    expect(runCli(['due', '--as-of', '2026-11-24', '--lang', 'ja', FINDINGS]).stdout).toMatch(/\n {2}2026-09-30 +期限切れ 55 日 +施設 +台帳を見直し/);
  });

  it('stays `facility` in English and in the JSON report', () => {
    expect(run(['--lang', 'en']).stdout.split('\n')[2]).toMatch(/^ {2}warning +8:12 +facility +ledger-review /);
    const report = JSON.parse(run(['--lang', 'ja', '-f', 'json']).stdout);
    expect(report.files[0].findings[0]).toMatchObject({ ruleId: 'ledger-review', target: 'facility' });
  });
});
