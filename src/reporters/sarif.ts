// --format sarif: SARIF 2.1.0, one run, every catalogue rule in tool.driver.rules, as GitHub code
// scanning reads it. Suppressed findings carry the exception as an external, accepted suppression.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { catalogue } from '../catalogue/entries';
import type { CatalogueEntry } from '../catalogue/entries';
import { leftOutLine, positionLabel } from '../report/model';
import type { ReportFile, ReportFinding, ReportModel } from '../report/model';
import type { Severity } from '../types';
import type { Reporter } from './types';

export const INFORMATION_URI = 'https://github.com/dokodemo-check/dokodemo-check';

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A ledger's URI: relative to `cwd` (a reference that resolves back to the file: each segment
 * percent-encoded, `#`, `?`, `%`, `:` and Japanese names included), or a `file:` URI outside it. */
export function artifactUri(file: string, cwd: string): string {
  if (file.startsWith('<') || file === '-') return encodeURIComponent(file); // standard input: a name, not a path
  const path = relative(cwd, resolve(cwd, file));
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return pathToFileURL(resolve(cwd, file)).href;
  return path.split(sep).map(encodeURIComponent).join('/');
}

function ruleDescriptor(entry: CatalogueEntry): Sarif.ReportingDescriptor {
  return {
    id: entry.id,
    name: entry.id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: entry.description },
    fullDescription: { text: `${entry.description}\n${entry.help}` },
    help: { text: entry.help },
    helpUri: `${INFORMATION_URI}/blob/main/docs/rules.md`,
    defaultConfiguration: { level: LEVELS[entry.severity] },
    properties: { category: entry.category, sources: [...entry.sources], tags: ['compliance', entry.category] },
  };
}

function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const uri = artifactUri(file, cwd);
  return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
}

/**
 * A region holds lines, not cells. GitHub needs a startLine, so a workbook's findings are at line 1 of
 * the file; the cell is in the message (what GitHub shows), a logical location and the properties, and
 * the fingerprint (which GitHub would otherwise take from line 1) names the cell, keeping alerts apart.
 */
function cellLocation(finding: ReportFinding, label: string): Partial<Sarif.Result> {
  return {
    message: { text: `${finding.message} [${label}]` },
    partialFingerprints: { primaryLocationLineHash: createHash('sha256').update(`${finding.ruleId}\0${label}\0${finding.path}`).digest('hex').slice(0, 32) },
  };
}

function result(finding: ReportFinding, file: string, ruleIndex: Map<string, number>, cwd: string): Sarif.Result {
  const label = finding.sheet !== undefined ? positionLabel(finding) : undefined;
  const location: Sarif.Location = {
    physicalLocation: {
      artifactLocation: artifactLocation(file, cwd),
      region: label === undefined ? { startLine: finding.line!, startColumn: finding.column! } : { startLine: 1 },
    },
  };
  if (label !== undefined) location.logicalLocations = [{ name: finding.cell, fullyQualifiedName: label, kind: 'element' }];
  const sarifResult: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [location],
    properties: { path: finding.path, target: finding.target, sources: [...finding.sources], ...(label === undefined ? {} : { sheet: finding.sheet, cell: finding.cell }) },
    ...(label === undefined ? {} : cellLocation(finding, label)),
  };
  if (finding.baselineState) sarifResult.baselineState = finding.baselineState;
  if (finding.suppression) {
    const { reason, approvedBy, expires } = finding.suppression;
    sarifResult.suppressions = [{ kind: 'external', status: 'accepted', justification: reason, properties: { approvedBy, expires } }];
  }
  return sarifResult;
}

/** One override per rule turned off in some file; `properties.files` names them when not every file. */
function invocation(model: ReportModel, ruleIndex: Map<string, number>, cwd: string): Sarif.Invocation {
  const offIn = new Map<string, string[]>();
  for (const file of model.files) {
    for (const ruleId of file.disabledRules) offIn.set(ruleId, [...(offIn.get(ruleId) ?? []), artifactUri(file.file, cwd)]);
  }
  const overrides = [...offIn.entries()]
    .sort(([a], [b]) => ruleIndex.get(a)! - ruleIndex.get(b)!)
    .map(([id, files]): Sarif.ConfigurationOverride => ({
      descriptor: { id, index: ruleIndex.get(id) },
      configuration: { enabled: false },
      ...(files.length < model.files.length ? { properties: { files } } : {}),
    }));
  const configs = [...new Set(model.files.map((file) => file.config).filter((config): config is string => config !== null))];
  // Entries left out of the content checks: code scanning must not take their earlier findings as fixed.
  const notifications = model.files.flatMap((file): Sarif.Notification[] => {
    const text = leftOutLine(file, model.lang);
    return text ? [{ level: 'warning', message: { text }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.file, cwd) } }], properties: { leftOut: file.leftOut } }] : [];
  });
  return {
    executionSuccessful: true,
    ...(overrides.length > 0 ? { ruleConfigurationOverrides: overrides } : {}),
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
    // configurations: the file each ledger was checked with (null: the built-in defaults).
    properties: { configurationFiles: configs.map((config) => artifactUri(config, cwd)), configurations: model.files.map((file) => configurationOf(file, cwd)) },
  };
}

function configurationOf(file: ReportFile, cwd: string): { file: string; config: string | null } {
  return { file: artifactUri(file.file, cwd), config: file.config === null ? null : artifactUri(file.config, cwd) };
}

export function sarifLog(model: ReportModel, cwd: string): Sarif.Log {
  const entries = catalogue(model.lang);
  const ruleIndex = new Map(entries.map((entry, index) => [entry.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: model.tool.name,
            version: model.tool.version,
            semanticVersion: model.tool.version,
            informationUri: INFORMATION_URI,
            rules: entries.map(ruleDescriptor),
          },
        },
        invocations: [invocation(model, ruleIndex, cwd)],
        columnKind: 'utf16CodeUnits',
        properties: { asOf: model.asOf, ...(model.baseline ? { baseline: model.baseline } : {}) },
        results: model.files.flatMap((file) => file.findings.map((finding) => result(finding, file.file, ruleIndex, cwd))),
      },
    ],
  };
}

const sarif: Reporter = (model, options) => `${JSON.stringify(sarifLog(model, options.cwd ?? process.cwd()), null, 2)}\n`;
export default sarif;
