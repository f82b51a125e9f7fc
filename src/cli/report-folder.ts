// `-f html -o <folder>/`: the network report as index.html and one page per facility beside it, each
// holding that facility's ledger alone, to send to that facility (a folder, not a --facility option:
// one run makes every facility's page). Each file is written as any report is (a link is replaced).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { today } from '../dates';
import { UsageError } from '../errors';
import type { ReportModel } from '../report/model';
import { writeReport } from './report-file';

/** `-o` names a folder when it ends with a slash. */
export const namesFolder = (output: string) => /[\\/]$/.test(output);

/** Before any work: a folder is only for -f html. */
export function guardFolder(output: string | undefined, format: string): void {
  if (output === undefined || !namesFolder(output) || format === 'html') return;
  throw new UsageError({
    ja: `フォルダへの出力（-o ${output}）は -f html だけです。ファイル名を指定してください`,
    en: `only -f html writes into a folder (-o ${output}); name a file instead`,
  });
}

export function writeReportFolder(folder: string, format: string, model: ReportModel, network: string, cwd: string): void {
  guardFolder(folder, format);
  try {
    mkdirSync(resolve(cwd, folder), { recursive: true });
  } catch {
    throw new UsageError({ ja: `フォルダを作れません: ${folder}`, en: `cannot make the folder ${folder}` });
  }
  const { facilityPages } = require('../reporters/html') as typeof import('../reporters/html');
  writeReport(join(folder, 'index.html'), network, cwd);
  for (const page of facilityPages(model, { generatedOn: today() })) writeReport(join(folder, page.name), page.html, cwd);
}
