/// <reference lib="dom" />
// What the page prints: the CLI's `--format html` report, its markup moved into the page (#print-report,
// which only print media shows, styled by the report's own stylesheet: see scripts/build-web.js).
import { today } from '../dates';
import { ui } from '../i18n/ui';
import { inert } from '../report/inert';
import { renderHtml } from '../reporters/html';
import type { Lang } from '../types';
import { isReport } from './check';
import type { PageCheck } from './check';
import { pageWords } from './words';

/** The report's <main>, or a line saying there is nothing to print yet. */
export function printCopy(check: PageCheck | undefined, lang: Lang): Node {
  if (!isReport(check)) return Object.assign(document.createElement('p'), { textContent: pageWords(lang).printEmpty });
  // The reporter escapes every value, and a parsed document runs nothing: only its markup is moved over.
  const report = new DOMParser().parseFromString(renderHtml(check.model, { generatedOn: today() }), 'text/html');
  return document.importNode(report.querySelector('main')!, true);
}

/** The title while printing, which browsers offer as the PDF's name: the file, then the report's title. */
export function printTitle(check: PageCheck | undefined): string | undefined {
  if (!isReport(check)) return undefined;
  const { model } = check;
  return `${inert(model.files[0]!.file)} — ${ui(model.lang).report.title} (${model.asOf})`;
}
