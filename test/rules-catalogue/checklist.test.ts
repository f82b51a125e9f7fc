// Issue 28: the inspection checklist view (`rules --checklist`), each rule's clauses by edition, and the
// advice that must not contradict the edition in force (6.0), in both languages. The checklist's items
// and every clause a rule's text names are held to docs/guideline-map.md and to the rule's own sources:
// no clause number the map does not give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKLIST } from '../../src/catalogue/checklist';
import { clauseRows, clausesOf } from '../../src/catalogue/clauses';
import { RULES } from '../../src/rules';
import { runCli } from '../helpers/cli';

const MAP = readFileSync(join(__dirname, '..', '..', 'docs', 'guideline-map.md'), 'utf8');
const rule = (id: string) => RULES.find((candidate) => candidate.id === id)!;

/** The map's checklist table: item, quote, read at, rules. */
function mapChecklist(): Array<{ item: string; quote: string; readAt: string; rules: string[] }> {
  const section = MAP.split('\n## The inspection checklist')[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Checklist item') && !line.startsWith('| ---'))
    .map((line) => {
      const cells = line.slice(2, -2).split(' | ');
      return { item: cells[0]!, quote: cells[1]!, readAt: cells[2]!, rules: cells[4] === '—' ? [] : cells[4]!.split(', ').map((id) => id.replace(/`/g, '')) };
    });
}

describe('the checklist, as docs/guideline-map.md gives it', () => {
  const rows = mapChecklist();

  it('has every item of the map, with its quote, address and rules', () => {
    expect(CHECKLIST).toHaveLength(rows.length);
    CHECKLIST.forEach((item, index) => {
      const row = rows[index]!;
      if (item.number !== null) expect(row.item.startsWith(`${item.number} `)).toBe(true);
      expect([item.id, item.quote ?? 'not found in the checklist text read']).toEqual([item.id, row.quote.replace(' (news summary of the draft)', '')]);
      expect(row.quote.endsWith('(news summary of the draft)')).toBe(item.basis === 'news-of-draft');
      expect([item.id, item.readAt ?? '—']).toEqual([item.id, row.readAt]);
      expect([item.id, item.rules]).toEqual([item.id, row.rules]);
    });
  });

  it('names rules that exist, and says for every item where it was read (all of them drafts, or not in the checklist)', () => {
    const ids = new Set(RULES.map((candidate) => candidate.id));
    for (const item of CHECKLIST) {
      for (const id of item.rules) expect([item.id, id, ids.has(id)]).toEqual([item.id, id, true]);
      expect(['draft', 'news-of-draft', 'not-in-checklist']).toContain(item.basis);
      expect(item.evidence === 'no').toBe(item.rules.length === 0);
    }
    expect(CHECKLIST.filter((item) => item.basis === 'not-in-checklist').map((item) => item.id)).toEqual(['leavers']);
  });
});

describe('rules --checklist', () => {
  it('lists the items and their rules in English, saying that they are drafts', () => {
    const run = runCli(['rules', '--checklist', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('MHLW cyber-security checklist for medical institutions (FY2025 / 令和7年度, draft)');
    const row = run.stdout.split('\n').find((line) => line.includes('2①'))!;
    expect(row.split('│').map((cell) => cell.trim())).toEqual(['', '2①', 'A ledger of servers, PCs and network devices', 'yes', 'duplicate-id, user-devices, ledger-review', 'draft', '']);
    const reuse = run.stdout.split('\n').find((line) => line.includes('2⑧'))!;
    expect(reuse.split('│').map((cell) => cell.trim())).toEqual(['', '2⑧', 'Password reuse prohibited', 'no', '—', 'draft', '']);
    expect(run.stdout).toContain('Only the draft manual of the FY2025 checklist (2025-03-13) could be read');
    expect(run.stdout).toContain('not an item = not found in the checklist text read');
  });

  it('lists them in Japanese', () => {
    const run = runCli(['rules', '--checklist', '--lang', 'ja']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度・案）');
    const row = run.stdout.split('\n').find((line) => line.includes('2⑥'))!;
    expect(row.split('│').map((cell) => cell.trim())).toEqual(['', '2⑥', 'セキュリティパッチの適用', '示せる', 'os-up-to-date', '案', '']);
    const mfa = run.stdout.split('\n').find((line) => line.includes('二要素認証の実装'))!;
    expect(mfa.split('│').map((cell) => cell.trim())).toEqual(['', '—', '二要素認証の実装（令和9年度までの導入が目標、案）', '示せる', 'mfa', '案（報道）', '']);
    expect(run.stdout).toContain('令和7年度のチェックリストは、案のマニュアル（2025-03-13）しか読めていません。');
  });

  it('fits a narrow terminal', () => {
    const run = runCli(['rules', '--checklist', '--lang', 'en'], { tty: true, columns: 80 });
    expect(run.code).toBe(0);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    for (const item of CHECKLIST) for (const id of item.rules) expect(run.stdout).toContain(id);
  });

  it('gives JSON with the quote, the address and whether the item is a draft', () => {
    for (const lang of ['en', 'ja'] as const) {
      const json = JSON.parse(runCli(['rules', '--checklist', '-f', 'json', '--lang', lang]).stdout);
      expect(json.items.map((item: { id: string }) => item.id)).toEqual(['1①', '2①', '2⑥', '2⑦', '2⑧', '2⑫', 'two-factor', 'leavers']);
      expect(json.items[1]).toMatchObject({ number: '2①', quote: '「サーバ、端末 PC、ネットワーク機器の台帳管理を行っている。」', readAt: 'https://wic-net.com/material/document/19102/2', draft: true, evidence: 'yes' });
      expect(json.items[7]).toMatchObject({ number: null, quote: null, draft: false, rules: ['departed-user'] });
    }
    expect(JSON.parse(runCli(['rules', '--checklist', '-f', 'json', '--lang', 'en']).stdout).items[0].title).toBe('A person responsible for the security of medical information systems');
    expect(JSON.parse(runCli(['rules', '--checklist', '-f', 'json', '--lang', 'ja']).stdout).items[0].title).toBe('医療情報システム安全管理責任者の設置');
  });

  it('gives Markdown with the checklist wording and where it was read', () => {
    const en = runCli(['rules', '--checklist', '-f', 'markdown', '--lang', 'en']).stdout;
    expect(en).toContain('| No. | Asks | Checklist wording | Ledger shows it | What the ledger shows | Rules | Read in |');
    expect(en).toContain('| 2⑫ | Unneeded software and services stopped | 「バックグラウンドで動作している不要なソフトウェア及びサービスを停止している」 (https://wic-net.com/material/document/19102/13) | yes |');
    const ja = runCli(['rules', '--checklist', '-f', 'markdown', '--lang', 'ja']).stdout;
    expect(ja).toContain('| 番号 | 内容 | チェックリストの文言 | 台帳で示せるか | 台帳が示すこと | ルール | 確認した文書 |');
    expect(ja).toContain('| 2⑧ | パスワードの使い回しの禁止 |');
  });

  it('takes no rule id', () => {
    expect(runCli(['rules', 'mfa', '--checklist', '--lang', 'en'])).toEqual({ code: 2, stdout: '', stderr: 'dokodemo-check: --checklist takes no rule id (mfa); dokodemo-check rules mfa shows that rule\n' });
  });
});

describe("each rule's clauses by edition", () => {
  it('splits the sources: the note, the 5th edition and 6.0', () => {
    expect(clausesOf(rule('lock-password-strength').sources)).toEqual({ note: ['1'], fifth: ['C-6'], current: ['シス14⑥ シQ-54'], noneFound: false, noteOnly: false });
    expect(clausesOf(rule('public-wireless-lan').sources)).toMatchObject({ fifth: ['C-8'], current: [], noneFound: true, noteOnly: true });
  });

  it('has a row for every rule with a basis, its 6.0 column from the sources or saying none was found', () => {
    const en = clauseRows('en');
    expect(en.find((row) => row.id === 'byod')).toEqual({ id: 'byod', note: '—', fifth: '6.9 B, D-4', current: '企9, 企Q-35' });
    expect(en.find((row) => row.id === 'public-wireless-lan')!.current).toBe("no clause found (the facility note's own rule)");
    expect(clauseRows('ja').find((row) => row.id === 'public-wireless-lan')!.current).toBe('見つからず（施設の注意事項の規定）');
    expect(clauseRows('ja').find((row) => row.id === 'training')!.current).toBe('見つからず');
    const withBasis = RULES.filter((candidate) => candidate.sources.some((source) => source !== 'ledger.md')).map((candidate) => candidate.id);
    expect(en.map((row) => row.id)).toEqual(withBasis);
  });

  it("shows them on the workbook's 説明 sheet", () => {
    const { instructionLines } = require('../../src/workbook/instructions') as typeof import('../../src/workbook/instructions');
    const { workbookLayout } = require('../../src/workbook/layout') as typeof import('../../src/workbook/layout');
    const lines = instructionLines(workbookLayout()).map((line) => line.text);
    expect(lines).toContain('mcs-password-age: 注意事項 1 · 第5版 — · 第6.0版 シス14⑥ シQ-54');
    expect(lines).toContain('public-wireless-lan: 注意事項 1 情報漏洩対策 1, 2-5 · 第5版 C-8 · 第6.0版 見つからず（施設の注意事項の規定）');
    expect(lines.some((line) => line.includes('第6.0版（令和5年5月）') && line.includes('docs/guideline-map.md（2026-12-05 確認）'))).toBe(true);
    expect(lines.some((line) => line.startsWith('Each rule rests on the facility note') && line.includes('6th edition (第6.0版, May 2023)'))).toBe(true);
  });
});

// ---- the advice, against the edition in force

/** Every text a rule says: description, help and messages, in one language. */
function textsOf(id: string, lang: 'ja' | 'en'): string[] {
  const r = rule(id);
  return [r.description[lang], r.help[lang], ...Object.values(r.messages).map((message) => message[lang])];
}

// How the texts name a 6.0 clause, and the source it stands for.
const JA_CLAUSE = /(企Q-\d+|シQ-\d+|企\d+(?:\.\d+)*|シス\d+(?:\.\d+)*[①-⑳]?)/g;
const EN_CLAUSE = /(Planning and Management|System Operation) ch\. (\d+)(?: item (\d+))?(?: and its Q&A, Q-(\d+))?/g;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

describe('the advice names only clauses its sources cite', () => {
  it.each(RULES.map((candidate) => candidate.id))('%s', (id) => {
    const cited = rule(id).sources.filter((source) => source.startsWith('6.0 ')).join(' ');
    for (const text of textsOf(id, 'ja')) for (const [clause] of text.matchAll(JA_CLAUSE)) expect([id, clause, cited.includes(clause!)]).toEqual([id, clause, true]);
    for (const text of textsOf(id, 'en')) {
      for (const [, part, chapter, item, question] of text.matchAll(EN_CLAUSE)) {
        const prefix = part === 'Planning and Management' ? '企' : 'シス';
        expect([id, cited.includes(`${prefix}${chapter}${item ? CIRCLED[Number(item) - 1] : ''}`)]).toEqual([id, true]);
        if (question) expect([id, cited.includes(`${prefix === '企' ? '企' : 'シ'}Q-${question}`)]).toEqual([id, true]);
      }
    }
  });
});

describe('the advice does not contradict the edition in force', () => {
  it("mcs-password-age: the two months are the facility note's rule; 6.0 asks no periodic change at 13+ characters or with two-factor login", () => {
    const r = rule('mcs-password-age');
    expect(r.help.ja).toContain('2 か月ごとの変更は施設の注意事項の規定です');
    expect(r.help.ja).toContain('現行のガイドライン第6.0版（シス14⑥、Q&A シQ-54）は、英数字・記号を混在させた 13 文字以上のパスワード、または二要素認証（このとき 8 文字以上）であれば定期的な変更を求めていません');
    expect(r.help.en).toContain("The two months are the facility note's rule: the guideline in force, 6.0 (System Operation ch. 14 item 6 and its Q&A, Q-54), does not require periodic changes for a password of 13 or more characters mixing letters, digits and symbols, or with two-factor login");
    expect(r.description.en).toBe("MCS passwords are changed about every two months (the facility note's rule)");
    const data = { user: '中村 誠', changed: '2026-05-10', months: 2, due: '2026-07-10' };
    const { fill } = require('../../src/i18n/lang') as typeof import('../../src/i18n/lang');
    expect(fill(r.messages.default!.ja, data)).toBe('中村 誠 さんの MCS パスワードが 2026-05-10 以降変更されていません（施設の規定の 2 か月を超過、期限 2026-07-10）。MCS のパスワードを変更し、台帳の mcs_password_changed を更新してください');
    expect(fill(r.messages.default!.en, data)).toBe("中村 誠's MCS password has not been changed since 2026-05-10 (more than the facility's 2 months; due 2026-07-10). Change the MCS password and update mcs_password_changed in the ledger");
    expect(rule('mcs-password-expiring').help.en).toContain("The period is the facility note's rule");
    expect(rule('mcs-password-expiring').help.ja).toContain('期限は施設の注意事項の規定です');
  });

  it('byod: 6.0 allows personal devices kept in the ledger under the planning manager; "in principle not" is the 5th edition', () => {
    for (const lang of ['ja', 'en'] as const) for (const text of textsOf('byod', lang)) expect(text).not.toMatch(/原則として行うべきではない|should in principle not be done,|which the guideline says/);
    const r = rule('byod');
    expect(r.messages.default!.ja).toBe('端末 {device} は個人所有端末（BYOD）です。ガイドライン第6.0版（企9、企Q-35）は、利用を認めた個人所有端末を台帳で管理し、企画管理者の責任で把握することを求めています。この台帳の記録と利用の条件を確認してください');
    expect(r.messages.default!.en).toBe("Device {device} is personally owned (BYOD). The guideline in force, 6.0 (Planning and Management ch. 9 and its Q&A, Q-35), asks that the personal devices a facility permits be kept in the ledger and known under the planning manager's responsibility: check its entry here and its conditions of use");
    expect(r.help.ja).toContain('ガイドライン第5版（6.9 D-4）は BYOD を原則として行わないとしていましたが');
    expect(r.help.en).toContain("The guideline's 5th edition (6.9 D-4) said BYOD should in principle not be done; the edition in force, 6.0");
  });

  it('departed-user: the MCS deletion change is one network\'s report, to check with MCS, not a fact', () => {
    const r = rule('departed-user');
    expect(r.help.ja).toContain('ある地域ネットワーク（京あんしんネット）は、2026-02-27 以降 MCS のアカウントは本人しか削除できず');
    expect(r.help.ja).toContain('MCS 全体で同じかは確認できていません。施設管理者が削除できないときは MCS に確認してください。');
    expect(r.help.en).toContain('One regional network (kyo-anshin.net) reports that since 2026-02-27 only the person can delete an MCS account');
    expect(r.help.en).toContain('whether this holds for MCS as a whole is not confirmed. If the administrator cannot delete the account, check with MCS.');
    expect(r.messages.default!.ja).toContain('（削除できないときは「スタッフ解除」で足りるかを MCS に確認してください）');
    expect(r.messages.default!.en).toContain('(if they cannot, check with MCS whether releasing the person from the staff is the way now)');
  });

  it('mfa: the target year and the 6.0 wording are drafts; MCS requires app authentication of all staff only on the paid plan', () => {
    const r = rule('mfa');
    expect(r.help.ja).toContain('どちらも案の段階の文書で確認、確定版の文言は未確認');
    expect(r.help.ja).toContain('施設のスタッフ全員に必須にできるのは有料のビジネスプランのみ');
    expect(r.help.en).toContain('both were read only in drafts, not in a final text');
    expect(r.help.en).toContain("requiring it of all of a facility's staff is available only on the paid business plan");
  });

  it('public-wireless-lan rests on the note and does not claim the guideline', () => {
    for (const lang of ['ja', 'en'] as const) for (const text of textsOf('public-wireless-lan', lang)) expect(text).not.toMatch(/ガイドライン|guideline/);
  });
});
