// A module loaded afresh, inside the running test: its module-level tables, patterns and constants are
// then read by this test, so that coverage per test (Stryker's perTest with ignoreStatic) counts them.
export function fresh<T>(load: () => T): T {
  let module: T | undefined;
  jest.isolateModules(() => {
    module = load();
  });
  return module!;
}
