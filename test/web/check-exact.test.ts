// The page's check (src/web/check.ts) in-process: a chosen file's bytes → the report model, the due list and
// the copies offered, exactly as the CLI's modules make them for `dokodemo-check --as-of … --lang …` and
// `due --within …`; the stages it says; each refusal in the CLI's words. Loaded inside each test (its
// tables and caches are module-level); where it matters how often a step runs, the step is stood in for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFromBytes } from '../../src/config/from-bytes';
import { DEFAULT_CONFIG } from '../../src/config/types';
import type { Config } from '../../src/config/types';
import { overdueCount } from '../../src/due/collect';
import { dueReport } from '../../src/due/report';
import { checkLoaded, loadLedger } from '../../src/engine/check-file';
import { UsageError } from '../../src/errors';
import { fixYamlBytes } from '../../src/fix/copy';
import { MAX_LEDGER_BYTES } from '../../src/load/limits';
import { presentReport } from '../../src/report/model';
import type { Lang } from '../../src/types';
import { VERSION } from '../../src/version';
import type { ChosenFile, PageOptions } from '../../src/web/check';
import { fresh } from '../helpers/fresh';

type CheckModule = typeof import('../../src/web/check');

const ROOT = join(__dirname, '..', '..');
const CLINIC = readFileSync(join(ROOT, 'examples', 'clinic-with-findings.yaml'));
const CLEAN = readFileSync(join(ROOT, 'examples', 'home-nursing-clean.yaml'));
const OPTIONS: PageOptions = { asOf: '2026-11-24', config: DEFAULT_CONFIG, lang: 'ja', within: 30 };

const chosen = (name: string, bytes: Uint8Array | string): ChosenFile => ({ name, bytes: new Uint8Array(Buffer.from(bytes)) });

/** check.ts loaded afresh; `mocks` stand in for the modules it imports (by path from this file). */
function load(mocks: Record<string, () => unknown> = {}): CheckModule {
  return fresh(() => {
    for (const [path, factory] of Object.entries(mocks)) jest.doMock(path, factory);
    try {
      return require('../../src/web/check') as CheckModule;
    } finally {
      for (const path of Object.keys(mocks)) jest.dontMock(path);
    }
  });
}

/** What the CLI's modules make of the same bytes, called directly: the page's result must be this. */
function asTheCli(file: ChosenFile, options: PageOptions) {
  const loaded = loadLedger(file.bytes, file.name);
  const checked = checkLoaded(loaded, { asOf: options.asOf, config: options.config });
  // As a run counts what is overdue: on the whole ledger, where it was checked.
  const overdue = checked.ledger ? { overdue: overdueCount(checked.ledger, options.config, options.asOf) } : {};
  const model = presentReport({ asOf: options.asOf, files: [{ file: file.name, config: options.config, ...checked, ...overdue }] },
    { lang: options.lang, redact: false, quiet: false, failOn: 'error', version: VERSION });
  const due = dueReport([{ file: file.name, bytes: file.bytes }], { asOf: options.asOf, within: options.within, config: options.config, lang: options.lang, redact: false, version: VERSION });
  return { model: JSON.parse(JSON.stringify(model)), due: JSON.parse(JSON.stringify(due)) };
}

/** Every rule that fired on the clinic, at one severity. */
function everyRuleAt(severity: 'warning' | 'info'): Config {
  const { model } = asTheCli(chosen('clinic.yaml', CLINIC), OPTIONS);
  const ids = [...new Set((model.files[0].findings as Array<{ ruleId: string }>).map((finding) => finding.ruleId))];
  return { rules: Object.fromEntries(ids.map((id) => [id, { severity, options: {} }])) };
}

describe('what the page accepts', () => {
  it('the chooser\'s extensions', () => {
    expect(load().ACCEPTED_EXTENSIONS).toEqual(['.yaml', '.yml', '.xlsx']);
  });

  it.each([
    ['.dokodemo-check.yaml', true],
    ['.dokodemo-check.yml', true],
    ['dokodemo-check.yaml', true],
    ['DOKODEMO-CHECK.YML', true],
    ['.Dokodemo-Check.Yaml', true],
    ['..dokodemo-check.yaml', false],
    ['x.dokodemo-check.yaml', false],
    ['.dokodemo-check.yaml.bak', false],
    ['.dokodemo-check.yamll', false],
    ['.dokodemo-check.xml', false],
    ['.dokodemo-checkxyaml', false],
    ['.dokodemo-check.', false],
    ['dokodemo-check', false],
  ])('%s is a configuration: %s', (name, expected) => {
    expect(load().isConfigName(name)).toBe(expected);
  });

  it('a ledger up to 64 MB; past it, refused in the CLI\'s words with its size in MB, rounded', () => {
    const { ledgerSizeProblem } = load();
    expect(MAX_LEDGER_BYTES).toBe(64 * 1024 * 1024);
    expect(ledgerSizeProblem('a.yaml', MAX_LEDGER_BYTES)).toBeUndefined();
    expect(ledgerSizeProblem('a.yaml', 0)).toBeUndefined();
    expect(ledgerSizeProblem('a.yaml', MAX_LEDGER_BYTES + 1)).toEqual({
      ja: 'ファイルが大きすぎます: a.yaml（64 MB。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）',
      en: 'file too large: a.yaml (64 MB; the limit is 64 MB: split the ledger into one file per facility)',
    });
    expect(ledgerSizeProblem('b.xlsx', 100.6 * 1024 * 1024)?.en).toBe('file too large: b.xlsx (101 MB; the limit is 64 MB: split the ledger into one file per facility)');
  });

  it('isReport: a result with a report (ok or findings), not a refusal, a cancellation or nothing', () => {
    const { isReport } = load();
    const message = { ja: 'x', en: 'x' };
    expect([undefined, { status: 'error', message }, { status: 'cancelled', message }, { status: 'ok' }, { status: 'findings' }].map((check) => isReport(check as never)))
      .toEqual([false, false, false, true, true]);
  });
});

describe('checkChosenFile', () => {
  it('a clean ledger: ok, the CLI\'s model and due list, a marked copy and no repairs; read once, then only checked', async () => {
    const { checkChosenFile } = load();
    const file = chosen('clean.yaml', CLEAN);
    const stages: string[] = [];
    const first = await checkChosenFile(file, OPTIONS, (stage) => stages.push(stage));
    expect(stages).toEqual(['reading', 'checking']);
    expect(JSON.parse(JSON.stringify(first))).toEqual({ status: 'ok', ...asTheCli(file, OPTIONS), copies: { marked: true, repairs: [] } });
    const options = { ...OPTIONS, asOf: '2027-06-30', lang: 'en' as Lang, within: 400 };
    const again = await checkChosenFile(file, options, (stage) => stages.push(stage));
    expect(stages).toEqual(['reading', 'checking', 'checking']);
    expect(JSON.parse(JSON.stringify(again))).toEqual({ status: 'findings', ...asTheCli(file, options), copies: { marked: true, repairs: [] } });
    // Another file of the same bytes is read again; without a listener it is checked all the same.
    expect(JSON.parse(JSON.stringify(await checkChosenFile(chosen('clean.yaml', CLEAN), OPTIONS)))).toEqual(JSON.parse(JSON.stringify(first)));
  });

  it('findings in the report: the model names everyone (never redacted) and every finding (never quiet)', async () => {
    const { checkChosenFile } = load();
    const file = chosen('clinic.yaml', CLINIC);
    const check = await checkChosenFile(file, { ...OPTIONS, lang: 'en' });
    const expected = asTheCli(file, { ...OPTIONS, lang: 'en' });
    expect(JSON.parse(JSON.stringify(check))).toEqual({ status: 'findings', ...expected, copies: { marked: true, repairs: [] } });
    expect(expected.model).toMatchObject({ failOn: 'error', lang: 'en', asOf: '2026-11-24', tool: { version: VERSION } });
    expect(expected.model.summary).toEqual({ files: 1, error: 18, warning: 11, info: 2, suppressed: 0 });
    expect(check.status === 'findings' && check.model.files[0]!.inventory!.users.map((user) => user.name)).toEqual(['中村 誠', '小林 恵', '山本 翔太']);
  });

  it('findings of one severity only are findings (warnings only, info only)', async () => {
    const { checkChosenFile } = load();
    for (const severity of ['warning', 'info'] as const) {
      const config = everyRuleAt(severity);
      const check = await checkChosenFile(chosen('clinic.yaml', CLINIC), { ...OPTIONS, config });
      expect({ status: check.status, summary: check.status === 'findings' && check.model.summary }).toEqual({
        status: 'findings', summary: { files: 1, error: 0, warning: severity === 'warning' ? 31 : 0, info: severity === 'info' ? 31 : 0, suppressed: 0 },
      });
    }
  });
});

describe('the copies a check offers', () => {
  const typed = (text: Buffer) => text.toString('utf8').replace(/(policy_read: )true/, '$1〇');

  it('the repairs `fix` makes, when the ledger reads with format problems (a loaded ledger\'s read findings)', async () => {
    const { checkChosenFile } = load();
    const file = chosen('typed.yaml', typed(CLINIC));
    const check = await checkChosenFile(file, OPTIONS);
    const printed = fixYamlBytes(file.bytes, 'typed.yaml').printed;
    expect(printed).toEqual([{ at: 'typed.yaml:145:18', before: '〇', after: 'true' }]);
    expect(check).toMatchObject({ status: 'findings', copies: { marked: true, repairs: printed } });
  });

  it('the repairs, when the format problems kept the ledger from loading (its findings)', async () => {
    const { checkChosenFile } = load();
    const file = chosen('typed.yaml', CLEAN.toString('utf8').replace(/(startup_password_required: )true/, '$1〇'));
    const check = await checkChosenFile(file, OPTIONS);
    expect(check).toMatchObject({ status: 'findings', copies: { marked: true, repairs: fixYamlBytes(file.bytes, 'typed.yaml').printed } });
    expect(check.status === 'findings' && check.copies.repairs).toHaveLength(1);
  });

  it('no repairs and no marked copy for text that is not YAML; a marked copy but no repairs for YAML that is not a ledger', async () => {
    const { checkChosenFile } = load();
    const broken = await checkChosenFile(chosen('broken.yaml', 'users: [\n'), OPTIONS);
    expect(broken).toMatchObject({ status: 'findings', copies: { marked: false, repairs: [] } });
    const shiftJis = await checkChosenFile(chosen('sjis.yaml', Buffer.from([0x91, 0xe4, 0x92, 0xa0])), OPTIONS);
    expect(shiftJis).toMatchObject({ status: 'findings', copies: { marked: false, repairs: [] } });
    const notLedger = await checkChosenFile(chosen('short.yaml', 'version: 1\n'), OPTIONS);
    expect(notLedger).toMatchObject({ status: 'findings', copies: { marked: true, repairs: [] } });
  });

  it('plans a file\'s repairs once, and a failure of the planning that is not a refusal stops the check with its words', async () => {
    const calls: string[] = [];
    let failure: unknown;
    let errors: typeof import('../../src/errors') | undefined;
    const { checkChosenFile } = load({
      '../../src/fix/copy': () => {
        errors = jest.requireActual<typeof import('../../src/errors')>('../../src/errors'); // the class check.ts sees, loaded afresh with it
        const actual = jest.requireActual('../../src/fix/copy');
        return { ...actual, previewTidyCopy: (file: ChosenFile, workbook: boolean) => {
          calls.push(`${file.name} ${workbook}`);
          if (failure !== undefined) throw failure;
          return actual.previewTidyCopy(file, workbook);
        } };
      },
    });
    const file = chosen('typed.yaml', typed(CLINIC));
    await checkChosenFile(file, OPTIONS);
    const again = await checkChosenFile(file, { ...OPTIONS, lang: 'en' });
    expect(again).toMatchObject({ copies: { repairs: [{ at: 'typed.yaml:145:18', before: '〇', after: 'true' }] } });
    expect(calls).toEqual(['typed.yaml false']);
    await checkChosenFile(chosen('clean.yaml', CLEAN), OPTIONS); // nothing to repair: not planned
    expect(calls).toEqual(['typed.yaml false']);
    failure = new errors!.UsageError({ ja: 'いいえ', en: 'no' });
    expect(await checkChosenFile(chosen('refused.yaml', typed(CLINIC)), OPTIONS)).toMatchObject({ status: 'findings', copies: { repairs: [] } });
    failure = new Error('boom');
    expect(await checkChosenFile(chosen('failed.yaml', typed(CLINIC)), OPTIONS)).toEqual({
      status: 'error', message: { ja: '確認中に予期しないエラーが起きました: boom', en: 'an unexpected error stopped the check: boom' },
    });
    failure = 'bang';
    expect(await checkChosenFile(chosen('failed.yaml', typed(CLINIC)), OPTIONS)).toEqual({
      status: 'error', message: { ja: '確認中に予期しないエラーが起きました: bang', en: 'an unexpected error stopped the check: bang' },
    });
    expect(calls).toEqual(['typed.yaml false', 'refused.yaml false', 'failed.yaml false', 'failed.yaml false']);
  });

  it('reads each chosen file once', async () => {
    const read: string[] = [];
    const { checkChosenFile } = load({
      '../../src/engine/check-file': () => {
        const actual = jest.requireActual('../../src/engine/check-file');
        return { ...actual, loadLedger: (bytes: Uint8Array, name: string) => {
          read.push(name);
          return actual.loadLedger(bytes, name);
        } };
      },
    });
    const file = chosen('clean.yaml', CLEAN);
    await checkChosenFile(file, OPTIONS);
    await checkChosenFile(file, { ...OPTIONS, asOf: '2027-01-01' });
    await checkChosenFile(chosen('other.yaml', CLEAN), OPTIONS);
    expect(read).toEqual(['clean.yaml', 'other.yaml']);
  });
});

describe('refusals', () => {
  it('a ledger past 64 MB is refused before it is read', async () => {
    const { checkChosenFile, makeCopy } = load();
    const stages: string[] = [];
    const huge = { name: 'huge.yaml', bytes: { length: MAX_LEDGER_BYTES + 1 } as Uint8Array };
    const message = {
      ja: 'ファイルが大きすぎます: huge.yaml（64 MB。上限は 64 MB です。台帳を施設ごとのファイルに分けてください）',
      en: 'file too large: huge.yaml (64 MB; the limit is 64 MB: split the ledger into one file per facility)',
    };
    expect(await checkChosenFile(huge, OPTIONS, (stage) => stages.push(stage))).toEqual({ status: 'error', message });
    expect(stages).toEqual([]);
    expect(await makeCopy(huge, OPTIONS, 'marked')).toEqual({ status: 'error', message });
    expect(await makeCopy(huge, OPTIONS, 'tidy')).toEqual({ status: 'error', message });
  });

  it('a check that fails unexpectedly says so, in both languages', async () => {
    const { checkChosenFile } = load({
      '../../src/engine/check-file': () => ({ ...jest.requireActual('../../src/engine/check-file'), loadLedger: () => { throw new RangeError('too deep'); } }),
    });
    expect(await checkChosenFile(chosen('a.yaml', 'x: 1\n'), OPTIONS)).toEqual({
      status: 'error', message: { ja: '確認中に予期しないエラーが起きました: too deep', en: 'an unexpected error stopped the check: too deep' },
    });
  });
});

describe('makeCopy', () => {
  it('the tidy copy of a YAML ledger: fix\'s bytes, its name in the chosen language, fix\'s repairs and warnings', async () => {
    const { makeCopy } = load();
    const file = chosen('typed.yaml', CLINIC.toString('utf8').replace(/(policy_read: )true/, '$1〇'));
    const expected = fixYamlBytes(file.bytes, 'typed.yaml');
    const copy = await makeCopy(file, { ...OPTIONS, lang: 'en' }, 'tidy');
    expect(copy).toEqual({ status: 'made', kind: 'tidy', fileName: 'typed-fixed.yaml', bytes: expect.any(Uint8Array), notes: [], repairs: expected.printed });
    expect(Buffer.from((copy as { bytes: Uint8Array }).bytes).equals(Buffer.from(expected.content))).toBe(true);
    expect(await makeCopy(file, OPTIONS, 'tidy')).toMatchObject({ fileName: 'typed-整形.yaml' });
    expect(await makeCopy(chosen('broken.yaml', 'users: [\n'), OPTIONS, 'tidy')).toEqual({
      status: 'error',
      message: {
        ja: 'broken.yaml: YAML として読めないため直せません。dokodemo-check broken.yaml で場所を確かめ、手で直してください',
        en: 'broken.yaml: not readable as YAML, so nothing can be repaired; dokodemo-check broken.yaml shows where, to fix by hand',
      },
    });
  });

  it('the marked copy: made with the day, configuration and language chosen; what it cannot carry over is its note', async () => {
    const asked: unknown[] = [];
    let lost: string | undefined;
    const { makeCopy } = load({
      '../../src/reporters/xlsx': () => ({
        markedCopy: async (file: ChosenFile, options: unknown) => {
          asked.push({ name: file.name, options });
          return { bytes: new Uint8Array([1, 2, 3]), fileName: `${file.name}-marked.xlsx`, ...(lost ? { lost } : {}), model: {} };
        },
      }),
    });
    const config: Config = { rules: { antivirus: { severity: 'off', options: {} } }, file: 'c.yaml' };
    const file = chosen('a.yaml', 'x');
    expect(await makeCopy(file, { asOf: '2026-01-02', config, lang: 'en', within: 5 }, 'marked')).toEqual({
      status: 'made', kind: 'marked', fileName: 'a.yaml-marked.xlsx', bytes: new Uint8Array([1, 2, 3]), notes: [],
    });
    lost = 'a.yaml: the marked copy does not carry over images';
    expect(await makeCopy(file, OPTIONS, 'marked')).toEqual({
      status: 'made', kind: 'marked', fileName: 'a.yaml-marked.xlsx', bytes: new Uint8Array([1, 2, 3]), notes: ['a.yaml: the marked copy does not carry over images'],
    });
    expect(asked).toEqual([
      { name: 'a.yaml', options: { asOf: '2026-01-02', config, lang: 'en' } },
      { name: 'a.yaml', options: { asOf: '2026-11-24', config: DEFAULT_CONFIG, lang: 'ja' } },
    ]);
  });
});

describe('readChosenConfig', () => {
  it('a configuration as -c reads it', () => {
    const { readChosenConfig } = load();
    expect(readChosenConfig(chosen('.dokodemo-check.yaml', 'rules:\n  antivirus: off\n'))).toEqual({
      ok: true, config: { rules: { antivirus: { severity: 'off', options: {} } }, file: '.dokodemo-check.yaml' },
    });
  });

  it('up to 1 MB; past it refused, as is a configuration that does not read', () => {
    const { readChosenConfig } = load();
    const limit = 1024 * 1024;
    const padded = (size: number) => chosen('big.yaml', `rules: {}\n${'#'.repeat(size - 11)}\n`);
    expect(padded(limit).bytes.length).toBe(limit);
    expect(readChosenConfig(padded(limit))).toEqual({ ok: true, config: { rules: {}, file: 'big.yaml' } });
    expect(readChosenConfig(padded(limit + 1))).toEqual({ ok: false, message: { ja: '設定ファイル big.yaml を読めません', en: 'cannot read the configuration file big.yaml' } });
    const bad = readChosenConfig(chosen('bad.yaml', 'rules: [\n'));
    let thrown: unknown;
    try {
      configFromBytes('bad.yaml', new Uint8Array(Buffer.from('rules: [\n')));
    } catch (error) {
      thrown = error;
    }
    expect(bad).toEqual({ ok: false, message: (thrown as UsageError).text });
    expect((thrown as UsageError).text.en).toMatch(/^the configuration file bad\.yaml is not valid YAML: 2:1 /);
  });
});

describe('a workbook', () => {
  // exceljs, loaded and run under jest's transform on a shared machine.
  jest.setTimeout(60_000);

  async function mistyped(): Promise<Uint8Array> {
    const { columnOfKey, ledgerFile, workbookBytes } = await import('../helpers/workbook');
    return new Uint8Array(await workbookBytes(ledgerFile(join(ROOT, 'examples', 'clinic-with-findings.yaml')), (workbook) => {
      const devices = workbook.getWorksheet('端末')!;
      devices.getCell(3, columnOfKey(devices, 'security.antivirus')).value = '○';
    }));
  }

  it('is read by the workbook reader (by its name, or by its bytes under another name), marked, and its cells repaired', async () => {
    const { loadWorkbookLedger } = await import('../../src/engine/check-file');
    const { readWorkbookOrThrow } = await import('../../src/workbook/read');
    const { withWorkbookHint } = await import('../../src/workbook/messages');
    const { previewTidyCopy } = await import('../../src/fix/copy');
    const { checkChosenFile, makeCopy } = load();
    const bytes = await mistyped();
    for (const name of ['clinic.xlsx', 'clinic.yaml']) {
      const file = { name, bytes };
      const loaded = loadWorkbookLedger(await readWorkbookOrThrow(bytes, name), withWorkbookHint);
      const checked = checkLoaded(loaded, { asOf: OPTIONS.asOf, config: DEFAULT_CONFIG });
      const model = presentReport({ asOf: OPTIONS.asOf, files: [{ file: name, config: DEFAULT_CONFIG, ...checked, overdue: overdueCount(checked.ledger!, DEFAULT_CONFIG, OPTIONS.asOf) }] },
        { lang: 'ja', redact: false, quiet: false, failOn: 'error', version: VERSION });
      const repairs = previewTidyCopy(file, true).printed;
      expect(repairs).toEqual([{ at: '端末!L3', before: '○', after: 'はい' }]);
      const check = await checkChosenFile(file, OPTIONS);
      expect(JSON.parse(JSON.stringify(check))).toMatchObject({ status: 'findings', model: JSON.parse(JSON.stringify(model)), copies: { marked: true, repairs } });
    }
    const tidy = await makeCopy({ name: 'clinic.xlsx', bytes }, OPTIONS, 'tidy');
    expect(tidy).toMatchObject({ status: 'made', kind: 'tidy', fileName: 'clinic-整形.xlsx', repairs: [{ at: '端末!L3', before: '○', after: 'はい' }] });
  });

  it('a damaged workbook is refused in the reader\'s words', async () => {
    const { checkChosenFile } = load();
    const check = await checkChosenFile(chosen('bad.xlsx', 'PK\x03\x04 not a zip'), OPTIONS);
    expect(check).toEqual({
      status: 'error',
      message: {
        ja: 'bad.xlsx: ブックが壊れているか、途中で切れています（ZIP の目次がありません）。Excel で開けるか確かめ、開けたら保存し直してください',
        en: 'bad.xlsx: the workbook is damaged or cut short (no zip directory); check that Excel opens it, and if so save it again',
      },
    });
  });
});
