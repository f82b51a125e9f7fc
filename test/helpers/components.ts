// The one way a test file says it needs a real component (Chromium, the pre-commit framework, util-linux
// `script`, LibreOffice): where the component is missing, the tests are skipped with a warning saying
// what to install, except under CI (`CI` set, as .ci/run runs), where they fail, saying the same: a CI run
// that cannot test the real components must not pass.
import { spawnSync } from 'node:child_process';

export const underCi = (): boolean => Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

/** undefined when `command args` runs and exits 0, else why not (for the message). */
export function commandMissing(command: string, args: string[] = ['--version']): string | undefined {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (run.error) return `${command}: ${run.error.message}`;
  if (run.status !== 0) return `${command} ${args.join(' ')} exited ${run.status}: ${(run.stderr || run.stdout).trim().split('\n')[0]}`;
  return undefined;
}

/**
 * `describe`, when the component is there (`missing` undefined). Otherwise `describe.skip` with a warning,
 * or under CI a describe whose one test fails with `missing` and how to install the component.
 */
export function describeWith(component: string, missing: string | undefined, install: string): jest.Describe {
  if (missing === undefined) return describe;
  const message = `${component} is needed and missing (${missing}); install it: ${install}`;
  if (!underCi()) {
    console.warn(`skipped (not under CI): ${message}`);
    return describe.skip;
  }
  const failing = ((name: string) => {
    describe(name, () => {
      it(`has ${component}`, () => {
        throw new Error(`under CI every component is tested: ${message}`);
      });
    });
  }) as unknown as jest.Describe;
  return failing;
}
