// src/schema/validate.ts given a stand-in for the build's validator (dist/schema/ledger-validator.js): which
// validator it takes (the build's when there is one, the compiled schema when the build has not run, and a
// broken build's error is not hidden), and how it reads error streams the ledger schema alone never gives:
// the same problem met again after a child's errors (a key required both by the base and by a condition),
// two problems of one list (listed twice and too many entries), a keyword it has no message for, a validator
// that fails without errors. The stand-in streams come from ajv itself (ledgerAjv) on a changed copy of the
// ledger schema; the wording still reads the real schema. Loaded afresh in each test, with its mocks.
import type { ValidateFunction } from 'ajv';
import type { Finding } from '../../src/types';
import { cleanLedger } from '../helpers/ledger-fixture';

type Validate = typeof import('../../src/schema/validate');
type Compile = typeof import('../../src/schema/compile');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema and ledgers are changed on purpose
type Loose = any;

// validate.ts requires './ledger-validator': no such file beside the sources (a virtual module here), and
// mutation runs map it to the build's (jest.mutate.config.js); a virtual mock at this path wins in both.
const LEDGER_VALIDATOR = '../../src/schema/ledger-validator';
const COMPILE = '../../src/schema/compile';

afterEach(() => {
  jest.dontMock(LEDGER_VALIDATOR);
  jest.dontMock(COMPILE);
  jest.resetModules();
});

/** validate.ts with `standalone` as the build's validator module and `compile` as compile.ts. */
function loadWith(standalone: () => unknown, compile?: () => ValidateFunction): Validate {
  jest.resetModules();
  jest.doMock(LEDGER_VALIDATOR, standalone, { virtual: true });
  jest.doMock(COMPILE, () => ({ compileLedgerSchema: compile ?? (() => { throw new Error('compiled the schema'); }) }));
  return require('../../src/schema/validate') as Validate;
}

/** The ledger schema changed by `change`, compiled as the build compiles it. */
function validatorFor(change: (schema: Loose) => void): ValidateFunction {
  const { ledgerAjv } = jest.requireActual(COMPILE) as Compile;
  const schema: Loose = structuredClone(require('../../schemas/ledger.schema.json'));
  change(schema);
  return ledgerAjv().compile(schema);
}

/** A validator that answers `answer` with `errors`, counting its calls. */
function standIn(answer: boolean, errors: ValidateFunction['errors']): ValidateFunction & { calls: number } {
  const validate = Object.assign(
    () => {
      validate.calls++;
      validate.errors = errors;
      return answer;
    },
    { calls: 0, errors: null as ValidateFunction['errors'] },
  );
  return validate as unknown as ValidateFunction & { calls: number };
}

const TYPE_ERROR = [{ keyword: 'enum', instancePath: '/devices/0/type', schemaPath: '#/properties/devices/items/properties/type/enum', params: { allowedValues: ['pc', 'tablet', 'smartphone'] }, data: 7 }];

function brief(findings: readonly Finding[]): Array<[string, string | null, string, Finding['data']]> {
  return findings.map((finding) => [finding.path.join('/'), finding.missingKey ?? null, finding.message.en, finding.data]);
}

describe('which validator', () => {
  it('takes the build’s validator when there is one, and never compiles the schema then', () => {
    const build = standIn(false, TYPE_ERROR);
    const { validateLedger } = loadWith(() => ({ default: build }));
    expect(brief(validateLedger({ any: 'thing' }))).toStrictEqual([
      ['devices/0/type', null, '`type` (device type): "{value}" cannot be used. Use pc, tablet or smartphone', { value: '7' }],
    ]);
    expect(brief(validateLedger({}))).toHaveLength(1);
    expect(build.calls).toBe(2);
  });

  it('compiles the schema, once, when the build has not run (no such module)', () => {
    const compiled = standIn(false, TYPE_ERROR);
    let compiles = 0;
    const { validateLedger } = loadWith(
      () => {
        throw Object.assign(new Error("Cannot find module './ledger-validator'"), { code: 'MODULE_NOT_FOUND' });
      },
      () => {
        compiles++;
        return compiled;
      },
    );
    expect(brief(validateLedger({}))).toHaveLength(1);
    expect(brief(validateLedger({}))).toHaveLength(1);
    expect([compiles, compiled.calls]).toStrictEqual([1, 2]);
  });

  it('does not hide a broken build: any other error loading it is thrown', () => {
    const { validateLedger } = loadWith(
      () => {
        throw Object.assign(new SyntaxError('Unexpected token'), { code: 'ERR_SOMETHING' });
      },
      () => standIn(true, null),
    );
    expect(() => validateLedger({})).toThrow('Unexpected token');
  });

  it('a validator that fails without errors gives no findings; one that passes gives none either', () => {
    expect(loadWith(() => ({ default: standIn(false, null) })).validateLedger({})).toStrictEqual([]);
    expect(loadWith(() => ({ default: standIn(true, TYPE_ERROR) })).validateLedger({})).toStrictEqual([]);
  });
});

describe('error streams', () => {
  it('a key required by the base and again by a condition is one finding, though the condition’s errors on a child come between', () => {
    // ajv reports a node's allOf branches first (their errors on children included), then its own keywords.
    const validator = validatorFor((schema) => {
      schema.properties.devices.items.allOf.push({ if: { properties: { status: { const: 'active' } }, required: ['status'] }, then: { required: ['model'], properties: { security: { required: ['remote_wipe'] } } } });
    });
    const ledger: Loose = cleanLedger();
    delete ledger.devices[0].model;
    ledger.devices[0].security.mfa = 'x';
    validator(ledger);
    expect(validator.errors!.map((error) => [error.keyword, error.instancePath, error.params])).toStrictEqual([
      ['required', '/devices/0', { missingProperty: 'model' }],
      ['required', '/devices/0/security', { missingProperty: 'remote_wipe' }],
      ['if', '/devices/0', { failingKeyword: 'then' }],
      ['required', '/devices/0', { missingProperty: 'model' }],
      ['type', '/devices/0/security/mfa', { type: 'boolean' }],
    ]);
    const { validateLedger } = loadWith(() => ({ default: validator }));
    expect(brief(validateLedger(ledger)).map(([path, key]) => [path, key])).toStrictEqual([
      ['devices/0', 'model'],
      ['devices/0/security', 'remote_wipe'],
      ['devices/0/security/mfa', null],
    ]);
  });

  it('a list with a repeat and too many entries is two findings at the list: the repeat at its entry, the rest in general words', () => {
    const validator = validatorFor((schema) => {
      schema.properties.devices.items.properties.networks.maxItems = 2;
    });
    const ledger: Loose = cleanLedger();
    ledger.devices[1].networks = ['carrier', 'facility_wired_lan', 'carrier'];
    const { validateLedger } = loadWith(() => ({ default: validator }));
    expect(brief(validateLedger(ledger))).toStrictEqual([
      ['devices/1/networks', null, '`networks` (networks used) does not follow the ledger format. See ledger.md', {}],
      ['devices/1/networks/2', null, '`networks` (networks used) lists "{value}" more than once. List it once', { value: 'carrier' }],
    ]);
  });

  it('a problem of the whole ledger is named as the ledger', () => {
    const validator = validatorFor((schema) => {
      schema.minProperties = 5;
    });
    const { validateLedger } = loadWith(() => ({ default: validator }));
    expect(brief(validateLedger(cleanLedger()))).toStrictEqual([['', null, 'The ledger does not follow the ledger format. See ledger.md', {}]]);
  });
});
