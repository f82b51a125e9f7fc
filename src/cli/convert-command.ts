// `dokodemo-check convert <input> <output>`: YAML ledger → workbook, or workbook → YAML ledger, the
// direction chosen by the output's extension. Nothing is lost (workbook-codec.ts) and nothing is
// judged: a content problem (a text date, an unknown column) is carried over for `check` to report.
// Only an input that cannot be read at all is exit 2. The output never replaces an existing file
// without --force, and never the input itself (output-file.ts).
import { basename, resolve } from 'node:path';
import { UsageError } from '../errors';
import type { Finding } from '../types';
import { decodeLedger } from '../load/decode';
import { readNamedFile } from '../load/read-file';
import { parseLedger } from '../load/parse';
import { isWorkbook } from '../workbook/kind';
import { inertText } from '../report/inert';
import type { Io } from './check-command';
import { checkOutput, writeOutput } from './output-file';

export interface ConvertCommandOptions {
  force?: boolean;
}

const YAML_PATH = /\.ya?ml$/i;
const XLSX_PATH = /\.xlsx$/i;


/** The ledger value of a YAML file; a file that is not YAML at all is exit 2, naming line:column. */
function yamlValue(bytes: Buffer, shownName: string): unknown {
  const decoded = decodeLedger(bytes);
  if (!decoded.ok) throw new UsageError({ ja: `${shownName}: ${decoded.message.ja}`, en: `${shownName}: ${decoded.message.en}` });
  const parsed = parseLedger(decoded.text);
  if (!parsed.ok) {
    const [{ position, message }] = parsed.problems;
    const where = `${shownName}:${position.line}:${position.column}`;
    throw new UsageError({ ja: `${where}: ${message.ja}（YAML として読めないため変換できません）`, en: `${where}: ${message.en} (not readable as YAML, so it cannot be converted)` });
  }
  return parsed.ledger.value;
}

interface SchemaShape {
  properties?: Record<string, SchemaShape>;
  items?: SchemaShape;
}

/** Keys in the schema's order (facility.mcs_admins comes from its own sheet, so it is read last), others after. */
function inSchemaOrder(value: unknown, shape: SchemaShape | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, shape?.items));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  // Stryker disable next-line MethodExpression: a schema key the record lacks maps to undefined, which stringify leaves out
  const known = Object.keys(shape?.properties ?? {}).filter((key) => Object.prototype.hasOwnProperty.call(record, key));
  // Stryker disable next-line MethodExpression: a known key listed twice keeps its first place and its one value in fromEntries
  const keys = [...known, ...Object.keys(record).filter((key) => !known.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, inSchemaOrder(record[key], shape?.properties?.[key])]));
}

/** The YAML text of a ledger value read from a workbook, with the schema comment editors use (as `init` writes). */
export function ledgerYaml(value: unknown, sourceName: string, outputPath: string): string {
  const { stringify } = require('yaml') as typeof import('yaml');
  const { schemaReference } = require('./init-command') as typeof import('./init-command');
  const schema = require('../../schemas/ledger.schema.json') as SchemaShape;
  // A file name is not trusted to stay inside a comment line: line breaks and other controls become '?'.
  // eslint-disable-next-line no-control-regex
  const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  const name = oneLine(sourceName);
  const header = [
    `# yaml-language-server: $schema=${oneLine(schemaReference(outputPath))}`,
    `# どこでも連絡帳 管理台帳 — ${name} から変換 / converted from ${name} (dokodemo-check convert)`,
    '',
  ].join('\n');
  // Stryker disable next-line BooleanLiteral: inSchemaOrder copies every object and list, so none is there twice to alias
  return header + stringify(inSchemaOrder(value, schema), { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

function sameFormat(input: string, output: string): UsageError {
  return new UsageError({
    ja: `変換元と変換先の形式が同じです（${input} → ${output}）。YAML（.yaml）とブック（.xlsx）の間で変換します`,
    en: `the input and the output are the same format (${input} → ${output}); convert converts between YAML (.yaml) and a workbook (.xlsx)`,
  });
}

/**
 * A workbook whose cells cannot all be read (a key twice, a value with no key…) would lose them in the
 * YAML without a word: refused, naming the first such cell and how many there are.
 */
function refuseLosingCells(problems: readonly Finding[], input: string): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const [first] = errors;
  if (!first) return;
  // Stryker disable next-line OptionalChaining: every problem the workbook reader gives has a position (workbook/ledger.ts)
  const cell = first.position?.cell;
  const where = cell ? `「${cell.sheet}」${cell.ref}` : '';
  const more = errors.length - 1;
  throw new UsageError({
    ja: `${input}: ${where}: ${first.message.ja}${more > 0 ? `（ほかに ${more} 件。dokodemo-check ${input} で一覧できます）` : ''}。直してから変換してください`,
    en: `${input}: ${where}: ${first.message.en}${more > 0 ? ` (and ${more} more: dokodemo-check ${input} lists them)` : ''}; fix it before converting`,
  });
}

export function runConvert(input: string, output: string, options: ConvertCommandOptions, io: Io): number {
  const inputPath = resolve(io.cwd, input);
  const outputPath = resolve(io.cwd, output);
  const toWorkbook = XLSX_PATH.test(output);
  if (!toWorkbook && !YAML_PATH.test(output)) {
    throw new UsageError({
      ja: `出力先の拡張子は .xlsx か .yaml（.yml）にしてください: ${output}`,
      en: `the output must end in .xlsx or .yaml (.yml): ${output}`,
    });
  }
  const outputOptions = { force: options.force, inputs: [inputPath] };
  checkOutput(outputPath, output, outputOptions); // before the work: a refusal should be instant
  const bytes = readNamedFile(inputPath, input);
  const fromWorkbook = isWorkbook(input, bytes);
  if (fromWorkbook === toWorkbook) throw sameFormat(input, output);
  let content: string | Uint8Array;
  if (toWorkbook) {
    const { writeWorkbookSync } = require('../workbook/write-sync') as typeof import('../workbook/write-sync');
    content = writeWorkbookSync({ ledger: yamlValue(bytes, input) }, output);
  } else {
    const { readWorkbookSync } = require('../workbook/read-sync') as typeof import('../workbook/read-sync');
    const parsed = readWorkbookSync(bytes, input);
    // Stryker disable next-line ArrayDeclaration: the reader always sets problems, and a list of text holds no error
    refuseLosingCells(parsed.problems ?? [], input);
    content = ledgerYaml(parsed.value, basename(input), outputPath);
  }
  writeOutput(outputPath, output, content, outputOptions);
  io.writeStdout(`${inertText(output)}\n`);
  return 0;
}
