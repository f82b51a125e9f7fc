// Property: whatever a person does to a ledger (drops keys, swaps values, changes types, renames keys,
// breaks lines), the checker answers with a report, never a crash: exit 0 or 1, a JSON report that keeps
// its contract, a SARIF log that validates, and every position inside the file.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { RULES } from '../../src/rules';
import { runCli } from '../helpers/cli';
import { propertyOptions } from '../helpers/fast-check';
import type { YamlJsonFinding } from '../helpers/json-report';
import { sarifValidator } from '../helpers/sarif';

const LEDGERS = ['examples/home-nursing-clean.yaml', 'examples/clinic-with-findings.yaml', 'examples/visiting-nurse-exceptions.yaml'];
const BASES: unknown[] = LEDGERS.map((file) => parse(readFileSync(file, 'utf8')));
const RULE_IDS = new Set(RULES.map((rule) => rule.id));
const SEVERITIES = new Set(['error', 'warning', 'info']);

const validSarif = sarifValidator();
/** Rule ids seen across all runs: the generators must reach syntax, schema and rule findings. */
const seen = new Set<string>();

type Container = Record<string, unknown> | unknown[];
type Path = Array<string | number>;

/** Every path to a node inside `value` (the root excluded). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...path, key], ...pathsOf(item, [...path, key])]);
}

function parentOf(root: unknown, path: Path): Container | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown> | null)?.[key];
  return typeof node === 'object' && node !== null ? (node as Container) : undefined;
}

// ---- Mutations of the value (what a person editing the ledger does).

const anyValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.constantFrom('', '2026-02-30', '2024-02-29', '1999-12-31', '9999-12-31', 'true', '0x1F', '__proto__', 'constructor', '田中 美咲', '🏥'),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'id', 'name')), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
);

const valueMutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'x-note', 'name')) }),
);
type ValueMutation = typeof valueMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateValue(root: unknown, mutation: ValueMutation): void {
  const paths = pathsOf(root);
  if (paths.length === 0) return;
  const path = paths[mutation.at % paths.length]!;
  const parent = parentOf(root, path);
  if (!parent) return;
  const key = path[path.length - 1]!;
  const record = parent as Record<string | number, unknown>;
  if (mutation.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete record[key];
  } else if (mutation.kind === 'swap') {
    const other = paths[mutation.with % paths.length]!;
    const otherParent = parentOf(root, other) as Record<string | number, unknown> | undefined;
    if (!otherParent) return;
    const otherKey = other[other.length - 1]!;
    [record[key], otherParent[otherKey]] = [structuredClone(otherParent[otherKey]), structuredClone(record[key])];
  } else if (mutation.kind === 'set') {
    record[key] = mutation.value;
  } else if (!Array.isArray(parent)) {
    const value = record[key];
    delete record[key];
    Object.defineProperty(parent, mutation.key, { value, enumerable: true, writable: true, configurable: true });
  }
}

// ---- Mutations of the text (what a careless save does).

const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(':', '- ', '[', '{', '"', "'", '&a ', '*a', '!!str ', '\t', ' ', '#', '---\n', '\u3000', '\r') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, mutation: TextMutation): string {
  const lines = text.split('\n');
  const line = mutation.at % lines.length;
  const offset = mutation.at % (text.length + 1);
  if (mutation.kind === 'delete-line') return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
  if (mutation.kind === 'duplicate-line') return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
  if (mutation.kind === 'insert') return text.slice(0, offset) + mutation.text + text.slice(offset);
  return text.slice(0, offset);
}

// ---- What every answer must be.

function expectInside(text: string, finding: YamlJsonFinding): void {
  const lines = text.split(/\r\n|\n|\r/);
  expect(Number.isInteger(finding.line) && finding.line >= 1 && finding.line <= lines.length).toBe(true);
  const lineLength = lines[finding.line - 1]!.length;
  expect(Number.isInteger(finding.column) && finding.column >= 1 && finding.column <= lineLength + 1).toBe(true);
}

function expectValidReport(text: string, stdout: string): void {
  const report = JSON.parse(stdout);
  expect(report.formatVersion).toBe(1);
  const findings: YamlJsonFinding[] = report.files[0].findings;
  for (const finding of findings) {
    seen.add(finding.ruleId);
    expect(RULE_IDS.has(finding.ruleId)).toBe(true);
    expect(SEVERITIES.has(finding.severity)).toBe(true);
    expect(typeof finding.message === 'string' && finding.message.length > 0).toBe(true);
    expect(finding.path === '' || finding.path.startsWith('/')).toBe(true);
    expectInside(text, finding);
  }
  const counted = (severity: string) => findings.filter((finding) => !finding.suppressed && finding.severity === severity).length;
  expect(report.summary).toMatchObject({ files: 1, error: counted('error'), warning: counted('warning'), info: counted('info') });
  const order = findings.map((finding) => [finding.line, finding.column]);
  expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
}

function checkAnswers(text: string): void {
  const args = ['--as-of', '2026-11-24', '-', '--stdin-filename', 'mutated.yaml'];
  const json = runCli(['-f', 'json', ...args], { stdin: text });
  expect(json.stderr).toBe('');
  expect([0, 1]).toContain(json.code);
  expectValidReport(text, json.stdout);
  const sarif = runCli(['-f', 'sarif', ...args], { stdin: text });
  expect(sarif.code).toBe(json.code);
  expect(validSarif(JSON.parse(sarif.stdout))).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('mutated ledgers', () => {
  it('keys dropped, values swapped, types changed, keys renamed', () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(valueMutation, { minLength: 1, maxLength: 6 }), (base, mutations) => {
        const value = structuredClone(BASES[base]);
        for (const mutation of mutations) mutateValue(value, mutation);
        checkAnswers(stringify(value));
      }),
      propertyOptions(20261124, 150),
    );
  });

  it('and then the text broken', () => {
    fc.assert(
      fc.property(
        fc.nat(BASES.length - 1),
        fc.array(valueMutation, { maxLength: 3 }),
        fc.array(textMutation, { minLength: 1, maxLength: 3 }),
        (base, valueMutations, textMutations) => {
          const value = structuredClone(BASES[base]);
          for (const mutation of valueMutations) mutateValue(value, mutation);
          checkAnswers(textMutations.reduce(mutateText, stringify(value)));
        },
      ),
      propertyOptions(20261125, 150),
    );
  });

  it('the unmutated examples pass through the same checks', () => {
    for (const file of LEDGERS) checkAnswers(readFileSync(file, 'utf8'));
  });

  it('reached syntax errors, schema problems and rule findings', () => {
    expect(seen.has('yaml-syntax')).toBe(true);
    expect(seen.has('schema')).toBe(true);
    expect([...seen].filter((id) => id !== 'yaml-syntax' && id !== 'schema').length).toBeGreaterThan(10);
  });
});
