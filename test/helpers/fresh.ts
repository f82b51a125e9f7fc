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

/**
 * The functions of a module loaded afresh in each test (see freshPerTest), to destructure at the top of a
 * test file: `const { f } = freshFunctionsPerTest(() => require(…))`; each call goes to the module as
 * loaded in the running test. Functions only: any other export read through it would be a function too.
 */
export function freshFunctionsPerTest<T extends object>(load: () => T): T {
  const module = freshPerTest(load);
  return new Proxy({} as T, {
    get: (_target, name) => (...args: unknown[]) => (module()[name as keyof T] as (...args: unknown[]) => unknown)(...args),
  });
}

type ParseFast = typeof import('../../src/load/fast-parse').parseFast;

/**
 * The fast path's parseFast, loaded afresh in each test that calls it: its core-schema and directive
 * patterns are module-level, and mutation testing counts them as read only by tests that load the module.
 */
export function parseFastPerTest(): ParseFast {
  const module = freshPerTest(() => require('../../src/load/fast-parse') as typeof import('../../src/load/fast-parse'));
  return (text, stop) => module().parseFast(text, stop);
}
