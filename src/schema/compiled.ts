// The compiled ledger validator. Ajv options: every error, the failing schema in each error (for messages).
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { LEDGER_SCHEMA } from './schema-walk';

export const AJV_OPTIONS = { allErrors: true, verbose: true, strictTypes: false, allowUnionTypes: true } as const;

export function compileLedgerValidator(): ValidateFunction {
  const ajv = new Ajv(AJV_OPTIONS);
  addFormats(ajv, ['date', 'email']);
  return ajv.compile(LEDGER_SCHEMA);
}
