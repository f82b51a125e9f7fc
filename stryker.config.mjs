// Mutation testing (`npm run mutate -- <folder>...`, see scripts/mutate.js). Scoped by folder through
// MUTATE: a full run over every folder takes hours on two cores.
const folders = (process.env.MUTATE ?? 'engine').split(/,(?![^{]*\})/).filter(Boolean); // commas outside {a,b} globs
const globs = folders.map((folder) => (folder.includes('/') || folder.includes('*') ? folder : `src/${folder}/**/*.ts`));
const name = process.env.MUTATE_NAME ?? folders.join('+').replace(/[^\w+.-]+/g, '_');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: globs,
  testRunner: 'jest',
  // Only the test files that import the mutated module (about half of them) load for each mutant.
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // Rule modules are mostly static data (ids, messages, sources): mutants there are only killed by
  // tests that compare catalogue text, and each costs a full suite run.
  ignoreStatic: true,
  checkers: process.env.MUTATE_TYPECHECK === '1' ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.json',
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  // Generous: on a loaded machine a mutant's run can take seconds longer than in the dry run, and a
  // false timeout would count as killed.
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportMutants: false, reportTests: false, allowEmojis: false },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  incremental: process.env.MUTATE_INCREMENTAL === '1',
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['coverage', 'reports', 'bench/.data', '.stryker-tmp'],
  cleanTempDir: 'always',
};
