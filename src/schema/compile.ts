// The ajv setup for the ledger schema, in one place: the build turns it into a standalone validator
// (scripts/build-validator.js) so that a run never compiles the schema; tests compile it here.
import Ajv, { _ } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** strictTypes and strictRequired are off: both reject the draft-07 `if`/`then` subschemas that reach
 * into `security` (no `type`, `required` without `properties`). */
export function ledgerAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv, ['date', 'email']);
  return ajv;
}

export function compileLedgerSchema(ajv: Ajv = ledgerAjv()): ValidateFunction {
  return ajv.compile(require('../../schemas/ledger.schema.json'));
}
