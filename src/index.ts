// Programmatic API: check ledger bytes and render reports the way the CLI does.
export { checkBytes } from './engine/check-file';
export type { CheckOptions } from './engine/check-file';
export { RULES, getRule } from './rules';
export type { Rule } from './rules/rule';
export { presentReport, exitCodeOf } from './report/model';
export type { ReportModel, ReportFinding } from './report/model';
export { loadReporter, FORMATS } from './reporters';
export type * from './types';
