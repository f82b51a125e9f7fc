// Validates a parsed ledger against schemas/ledger.schema.json and turns every ajv error into one
// `schema` finding a facility administrator can act on. No raw ajv text reaches the user.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding, NodePath } from '../types';
import { compileLedgerValidator } from './compiled';
import { describeError } from './messages';
import type { Problem } from './messages';
import { schemaAt } from './schema-walk';

let validator: ValidateFunction | undefined;

function pathOf(instancePath: string): NodePath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

function isNoise(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === 'if') return true;
  // Errors inside an anyOf branch are summarised by the anyOf error itself (see messages.ts).
  return error.schemaPath.includes('/anyOf/') && all.some((other) => other.keyword === 'anyOf' && other.instancePath === error.instancePath);
}

function toFinding(problem: Problem, path: NodePath): Finding {
  return {
    ruleId: 'schema',
    severity: 'error',
    path: problem.key === undefined ? path : [...path, problem.key],
    ...(problem.pointsAtKey ? { pointsAtKey: true } : {}),
    message: problem.message,
    data: problem.data,
    sources: ['ledger.md'],
  };
}

export function validateLedger(data: unknown): Finding[] {
  validator ??= compileLedgerValidator();
  if (validator(data)) return [];
  const errors = validator.errors ?? [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    if (isNoise(error, errors)) continue;
    const path = pathOf(error.instancePath);
    const problem = describeError(error, schemaAt(path));
    const finding = toFinding(problem, path);
    const key = `${JSON.stringify(finding.path)}\u0000${finding.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}
