// A module loaded afresh, inside the running test: its module-level tables, patterns and constants are
// then read by this test, so that coverage per test (Stryker's perTest with ignoreStatic) counts them.
export function fresh<T>(load: () => T): T {
  let module: T | undefined;
  jest.isolateModules(() => {
    module = load();
  });
  return module!;
}

/**
 * A module loaded afresh on its first use in each test (see fresh), for a test file whose every test
 * should count as reading the module's patterns: `const module = freshPerTest(() => require(…))`, then `module().f(…)`.
 */
export function freshPerTest<T>(load: () => T): () => T {
  let module: T | undefined;
  beforeEach(() => {
    module = undefined;
  });
  return () => (module ??= fresh(load));
}
