// Her words, not YAML's: when the ledger is a workbook, every rule's message, every due line and the
// schema's findings name the column by its label and the value by what the cell shows or the dropdown
// offers, in both languages; a YAML ledger keeps its keys (the golden outputs). Asserted over every
// message template of every rule, and end to end through the CLI on workbooks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { DUE_MESSAGES } from '../../src/due/messages';
import { fill } from '../../src/i18n/lang';
import { workbookWords } from '../../src/workbook/words';
import { RULES } from '../../src/rules';
import { runCli } from '../helpers/cli';
import { columnOfKey, facilityRowOfKey, ledgerFile, workbookBytes } from '../helpers/workbook';
import type { CellEdit } from '../helpers/workbook';

const LANGS = ['ja', 'en'] as const;

/** Keys of the ledger as YAML writes them: backquoted, snake_case, dotted, or a list's own name; true / false / null. */
const KEY_WORDS = /`|\b[a-z]+_[a-z_]+\b|\b[a-z_]+\.[a-z_]+\b|\b(?:true|false|null)\b|\b(?:incidents|exceptions|networks|locations|detail|composition)\b/;
/** The key path a message names, if any (an e-mail address, which is data, aside). */
// An mcs_id (a@b) and a file name (ledger.xlsx) are not key paths, though they look like one.
const keyPathIn = (message: string) => KEY_WORDS.exec(message.replace(/\S+@\S+/g, '').replace(/\S+\.(?:xlsx|ya?ml|csv)\b/g, ''))?.[0];

// Data as rules give it, without dots or underscores of its own (an mcs_id's domain would look like a key).
const DATA = { device: 'PC-01', user: '佐藤 健', mcsId: 'sato', status: 'lost', composition: 'digits', key: 'antivirus_required', scope: 'facility.rules', ruleJa: '…', ruleEn: '…', rule: 'mfa', expires: '2026-12-31', endDate: '2026-10-01', changed: '2026-01-01', months: 2, due: '2026-03-01', daysLeft: 3, minLength: 6, required: 8, updated: '2025-01-01', date: '2026-11-01', asOf: '2026-11-24', taken: '2026-11-05', days: 4, maxDays: 1, pledgeDate: '2026-02-01', startDate: '2026-01-01', detail: '…' };

const templates = RULES.flatMap((rule) => Object.entries(rule.messages).map(([id, message]) => ({ name: `${rule.id} ${id}`, message, data: rule.id === 'future-date' ? { ...DATA, scope: 'users', key: 'training.date' } : DATA })));

describe('every rule message, said in a workbook, names labels, never key paths', () => {
  test.each(templates)('$name', ({ message, data }) => {
    for (const lang of LANGS) {
      const said = fill(message[lang], data, workbookWords(lang));
      expect([said, keyPathIn(said)]).toEqual([said, undefined]);
      expect(said).not.toContain('{@');
    }
  });

  test.each(Object.entries(DUE_MESSAGES))('due: %s', (_kind, message) => {
    for (const lang of LANGS) expect(keyPathIn(fill(message[lang], DATA, workbookWords(lang)))).toBeUndefined();
  });

  it('says the column and the value she picks: 「OS・ブラウザ…」を「はい」に, and the English meaning beside the sheet’s words', () => {
    const rule = RULES.find((candidate) => candidate.id === 'os-up-to-date')!;
    expect(fill(rule.messages.default.ja, DATA, workbookWords('ja'))).toContain('「OS・ブラウザを最新にしているかの有無」を「はい」にしてください');
    expect(fill(rule.messages.default.en, DATA, workbookWords('en'))).toContain('set “OS and browser on the latest version” (OS・ブラウザを最新にしているかの有無) to Yes (はい)');
    const symbols = RULES.find((candidate) => candidate.id === 'lock-password-symbols')!;
    expect(fill(symbols.messages.default.ja, DATA, workbookWords('ja'))).toContain('（「数字のみ」）');
    expect(fill(symbols.messages.default.ja, DATA, workbookWords('ja'))).toContain('「パスワードに求める文字の種類」を「英数字と記号」にしてください');
  });

  it('a YAML ledger keeps its keys (the words by default)', () => {
    const rule = RULES.find((candidate) => candidate.id === 'os-up-to-date')!;
    expect(fill(rule.messages.default.ja, DATA)).toContain('security.os_up_to_date を true にしてください');
    const mfa = RULES.find((candidate) => candidate.id === 'mfa')!;
    expect(fill(mfa.messages.notRecorded!.en, DATA)).toContain('Write security.mfa: true if it does, or security.mfa: false');
  });
});

// ---- End to end: the CLI on workbooks.

const directory = mkdtempSync(join(tmpdir(), 'dokodemo-her-words-'));
let written = 0;

async function workbookFile(ledger: unknown, edit?: CellEdit): Promise<string> {
  const file = join(directory, `ledger-${++written}.xlsx`);
  writeFileSync(file, await workbookBytes(ledger, edit));
  return file;
}

interface JsonFinding { ruleId: string; message: string; sheet?: string; cell?: string }

function findingsOf(file: string, lang: string): JsonFinding[] {
  const run = runCli(['--as-of', '2026-11-24', '-f', 'json', '--lang', lang, file]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).files[0].findings;
}

const setCell = (sheet: string, key: string, item: number, value: ExcelJS.CellValue): CellEdit => (workbook) => {
  const worksheet = workbook.getWorksheet(sheet)!;
  worksheet.getCell(3 + item, columnOfKey(worksheet, key)).value = value;
};

describe('checking a workbook, the report speaks her words', () => {
  it.each(['examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml'])('%s: every message, in both languages', async (example) => {
    const file = await workbookFile(ledgerFile(example));
    for (const lang of LANGS) {
      const findings = findingsOf(file, lang);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) expect([finding.ruleId, finding.message, keyPathIn(finding.message)]).toEqual([finding.ruleId, finding.message, undefined]);
    }
  });

  it('the same ledger in YAML keeps its key paths', () => {
    const run = runCli(['--as-of', '2026-11-24', '-f', 'json', '--lang', 'ja', 'examples/clinic-with-findings.yaml']);
    expect(run.stdout).toContain('security.antivirus を true にしてください');
  });

  it('a value outside the list names the list’s labels, and a near miss gets the exact label', async () => {
    const file = await workbookFile(ledgerFile('examples/home-nursing-clean.yaml'), setCell('端末', 'networks', 0, '携帯電話の回線'));
    const [ja] = findingsOf(file, 'ja').filter((finding) => finding.ruleId === 'schema');
    expect(ja!.message).toContain('「携帯電話の回線」は使えません。「携帯電話会社の回線」の誤りではありませんか？');
    expect(ja!.message).toContain('「施設内の有線 LAN」、「施設内の無線 LAN」、「携帯電話会社の回線」、「公衆無線 LAN」のいずれかを選んでください');
    expect(keyPathIn(ja!.message)).toBeUndefined();
    const [en] = findingsOf(file, 'en').filter((finding) => finding.ruleId === 'schema');
    expect(en!.message).toContain('Did you mean Mobile carrier (携帯電話会社の回線)?');
    expect(keyPathIn(en!.message)).toBeUndefined();
  });

  it('a yes/no cell: はい or いいえ, and a 〇 that LibreOffice kept as the number 0 gets the 〇 hint', async () => {
    const typed = await workbookFile(ledgerFile('examples/home-nursing-clean.yaml'), setCell('端末', 'security.antivirus', 0, '○'));
    const zero = await workbookFile(ledgerFile('examples/home-nursing-clean.yaml'), setCell('端末', 'security.antivirus', 0, 0));
    for (const file of [typed, zero]) {
      for (const lang of LANGS) {
        const [finding] = findingsOf(file, lang).filter((candidate) => candidate.ruleId === 'schema');
        expect([finding!.message, keyPathIn(finding!.message)]).toEqual([finding!.message, undefined]);
        expect(finding!.message).toContain(lang === 'ja' ? 'なら「はい」' : 'choose Yes (はい)');
      }
    }
    const [ja] = findingsOf(typed, 'ja').filter((candidate) => candidate.ruleId === 'schema');
    expect(ja!.message).toContain('「ウイルス対策ソフトの導入の有無」は「○」ではなく「はい」か「いいえ」を選んでください');
  });

  it('an empty required cell names its column and what to choose', async () => {
    const file = await workbookFile(ledgerFile('examples/home-nursing-clean.yaml'), setCell('端末', 'security.os_up_to_date', 0, null));
    for (const lang of LANGS) {
      const [finding] = findingsOf(file, lang).filter((candidate) => candidate.ruleId === 'schema');
      expect([finding!.message, keyPathIn(finding!.message)]).toEqual([finding!.message, undefined]);
    }
    const [ja] = findingsOf(file, 'ja').filter((candidate) => candidate.ruleId === 'schema');
    expect(ja!.message).toContain('「OS・ブラウザを最新にしているかの有無」');
    expect(ja!.message).toContain('「はい」か「いいえ」を選んでください');
  });

  it('due lines in a workbook name the column', async () => {
    const file = await workbookFile(ledgerFile('examples/clinic-with-findings.yaml'));
    const run = runCli(['due', '--as-of', '2026-11-24', '-f', 'json', '--lang', 'ja', file]);
    const items: Array<{ message: string }> = JSON.parse(run.stdout).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect([item.message, keyPathIn(item.message)]).toEqual([item.message, undefined]);
    expect(items.map((item) => item.message).join('\n')).toContain('「MCS のパスワードを最後に変更した日」');
  });

  void facilityRowOfKey;
});
