// src/schema/compile.ts in-process: the ajv setup the build turns into dist/schema/ledger-validator.js
// (scripts/build-validator.js) and the sources compile when the build has not run. Mutation runs validate
// through the build's validator (jest.mutate.config.js), so only these tests read compile.ts there: each
// setting is pinned by what it changes: every error at once (allErrors), the value in each error (verbose,
// read by the findings), a schema mistake refused (strict), the draft-07 `if`/`then` accepted (strictTypes
// and strictRequired off), the two formats, and standalone code that validates as the compiled schema does.
import standaloneCode from 'ajv/dist/standalone';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { fresh } from '../helpers/fresh';
import { cleanLedger } from '../helpers/ledger-fixture';

type Compile = typeof import('../../src/schema/compile');
const compile = () => fresh(() => require('../../src/schema/compile') as Compile);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the ledger is broken on purpose
type Loose = any;

/** Two problems far apart (a device's type, a user's start date) and one inside an `if`/`then`. */
function brokenLedger(): Loose {
  const ledger: Loose = cleanLedger();
  ledger.devices[0].type = 7;
  ledger.users[0].start_date = '2026-02-30';
  delete ledger.devices[1].security.remote_wipe;
  return ledger;
}

/** What a finding is made from: keyword, where, the value (verbose) and ajv's params. */
function summary(errors: readonly ErrorObject[] | null | undefined): unknown[] {
  return (errors ?? []).map((error) => [error.keyword, error.instancePath, error.schemaPath, error.data, error.params]);
}

describe('compileLedgerSchema', () => {
  it('compiles the ledger schema: a clean ledger passes, and every error of a broken one comes at once, each with its value', () => {
    const validate = compile().compileLedgerSchema();
    expect([validate(cleanLedger()), validate.errors]).toStrictEqual([true, null]);
    const broken = brokenLedger();
    expect(validate(broken)).toBe(false);
    expect(summary(validate.errors)).toStrictEqual([
      ['enum', '/devices/0/type', '#/properties/devices/items/properties/type/enum', 7, { allowedValues: ['pc', 'tablet', 'smartphone'] }],
      ['required', '/devices/1/security', '#/properties/devices/items/allOf/1/then/properties/security/required', broken.devices[1].security, { missingProperty: 'remote_wipe' }],
      ['if', '/devices/1', '#/properties/devices/items/allOf/1/if', broken.devices[1], { failingKeyword: 'then' }],
      ['format', '/users/0/start_date', '#/properties/users/items/properties/start_date/format', '2026-02-30', { format: 'date' }],
    ]);
  });

  it('checks both formats: a date that does not exist and an address without @', () => {
    const validate = compile().compileLedgerSchema();
    const ledger: Loose = cleanLedger();
    ledger.facility.updated = '2025-02-29';
    ledger.users[0].mcs_id = 'sato.example.jp';
    expect(validate(ledger)).toBe(false);
    expect(summary(validate.errors)).toStrictEqual([
      ['format', '/facility/updated', '#/properties/facility/properties/updated/format', '2025-02-29', { format: 'date' }],
      ['format', '/users/0/mcs_id', '#/properties/users/items/properties/mcs_id/format', 'sato.example.jp', { format: 'email' }],
    ]);
  });

  it('uses the ajv instance it is given', () => {
    const { ledgerAjv, compileLedgerSchema } = compile();
    const ajv = ledgerAjv();
    const validate = compileLedgerSchema(ajv);
    expect(ajv.getSchema(require('../../schemas/ledger.schema.json').$id ?? '')).toBe(validate);
  });
});

describe('ledgerAjv', () => {
  it('refuses a schema mistake (strict): an unknown keyword, a format it does not know', () => {
    const { ledgerAjv } = compile();
    expect(() => ledgerAjv().compile({ type: 'string', minLenght: 1 })).toThrow('strict mode: unknown keyword: "minLenght"');
    expect(() => ledgerAjv().compile({ type: 'string', format: 'uri' })).toThrow('unknown format "uri" ignored in schema at path "#"');
  });

  it('accepts what the ledger schema\'s `if`/`then` write: `required` without `properties`, no `type` (strictRequired and strictTypes off)', () => {
    const { ledgerAjv } = compile();
    const validate = ledgerAjv().compile({ properties: { security: { required: ['lock_password'] } } });
    expect([validate({ security: {} }), validate({ security: { lock_password: 1 } })]).toStrictEqual([false, true]);
  });

  it('knows date and email, and only those two formats', () => {
    const { ledgerAjv } = compile();
    const ajv = ledgerAjv();
    const date = ajv.compile({ type: 'string', format: 'date' });
    const email = ajv.compile({ type: 'string', format: 'email' });
    expect([date('2024-02-29'), date('2025-02-29'), email('a@b.jp'), email('a.b.jp')]).toStrictEqual([true, false, true, false]);
    expect(Object.keys(ajv.formats).sort()).toStrictEqual(['date', 'email']);
  });

  it('writes standalone code that validates as the compiled schema does (what the build ships)', () => {
    const { ledgerAjv, compileLedgerSchema } = compile();
    const ajv = ledgerAjv();
    const compiled = compileLedgerSchema(ajv);
    const code = standaloneCode(ajv, compiled);
    expect(code).toContain('require("ajv-formats/dist/formats").fullFormats');
    const module = { exports: {} as { default?: ValidateFunction } };
    new Function('module', 'exports', 'require', code)(module, module.exports, require);
    const standalone = module.exports.default!;
    for (const ledger of [cleanLedger(), brokenLedger(), { ...cleanLedger(), facility: { ...cleanLedger().facility, updated: '2025-02-29' } }]) {
      const answers = [standalone(ledger), compiled(ledger)];
      expect([answers, summary(standalone.errors)]).toStrictEqual([[answers[1], answers[1]], summary(compiled.errors)]);
    }
    expect(standalone(brokenLedger())).toBe(false);
  });
});
