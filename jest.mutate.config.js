// The suite Stryker runs for every mutant: the in-process tests only. Tests that spawn node, the bin, a
// pseudo-terminal or a browser, or write big generated files, take seconds each and would multiply by
// thousands of mutants; the CLI property test runs the whole checker hundreds of times and asserts only
// that it answers.
const base = require('./jest.config');

// MUTATE_TESTS (set by scripts/mutate.js for some folders): the test folders or files a run is limited
// to, e.g. `test/rules-catalogue,test/engine`. Fewer test files load per mutant; the score is then a
// lower bound, since a mutant that only another test kills counts as survived.
const scoped = (process.env.MUTATE_TESTS ?? '').split(',').filter(Boolean);

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  ...(scoped.length > 0 ? { testMatch: scoped.map((path) => (path.endsWith('.ts') ? `<rootDir>/${path}` : `<rootDir>/${path}/**/*.test.ts`)) } : {}),
  reporters: ['default'],
  // src too, so that Stryker's --findRelatedTests can follow imports from the tests through src/cli.
  roots: ['<rootDir>/test', '<rootDir>/src'],
  // The build's standalone ledger validator (npm run build) instead of compiling the schema with ajv in
  // every test file of every mutant run (over a second each); src/schema is not mutated.
  moduleNameMapper: { '^\\./ledger-validator$': '<rootDir>/dist/schema/ledger-validator.js' },
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/cli/bin\\.test\\.ts$', '<rootDir>/test/cli/hostile\\.test\\.ts$', '<rootDir>/test/cli/property\\.test\\.ts$',
    '<rootDir>/test/cli/terminal\\.test\\.ts$', '<rootDir>/test/web/page\\.test\\.ts$', '<rootDir>/test/cli/per-ledger-config\\.test\\.ts$',
    '<rootDir>/test/cli/hostile-limits\\.test\\.ts$', '<rootDir>/test/cli/walk\\.test\\.ts$', '<rootDir>/test/integrations/',
    '<rootDir>/test/workbook/write-cli\\.test\\.ts$', '<rootDir>/test/workbook/formats\\.test\\.ts$', '<rootDir>/test/workbook/libreoffice\\.test\\.ts$'],
};
