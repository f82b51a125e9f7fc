// The official SARIF 2.1.0 schema (vendored: no network in tests), compiled once per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export function sarifValidator(): ValidateFunction {
  const ajv = new Ajv04({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(__dirname, '..', 'vendor', 'sarif-schema-2.1.0.json'), 'utf8')));
}
