// Runs a main() the test chose (often one loaded afresh after jest.resetModules, so that module-level text
// counts for each test) in-process, from `cwd` when given, and captures what it writes. No source module is
// imported here: the caller's registry decides which main runs (freshMainPerTest: the one of the running test).
import type { Io } from '../../src/cli/check-command';
import type { CliRun } from './cli';
import { inFolder } from './temp';

type Main = (args: string[], io: Io) => { code: number; stderr: string };

export interface MainSetup {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdin?: string;
  /** An io without writeStderr (it is optional): warnings are then dropped, never a crash. */
  noStderr?: boolean;
}

export function runMain(main: Main, args: string[], setup: MainSetup = {}): CliRun {
  const go = (): CliRun => {
    const out = { stdout: '', stderr: '' };
    const io: Io = {
      env: setup.env ?? { LANG: 'en_US.UTF-8' },
      cwd: process.cwd(),
      stdoutIsTty: false,
      readStdin: () => Buffer.from(setup.stdin ?? ''),
      // What is not a string is named as such: a command writes text only.
      writeStdout: (text) => {
        out.stdout += typeof text === 'string' ? text : `<${typeof text}>`;
      },
    };
    if (!setup.noStderr) {
      io.writeStderr = (text) => {
        out.stderr += text;
      };
    }
    const { code, stderr } = main(args, io);
    return { code, stdout: out.stdout, stderr: out.stderr + stderr };
  };
  return setup.cwd === undefined ? go() : inFolder(setup.cwd, go);
}

/**
 * runMain of src/cli/main's main as loaded in the running test, for a test file whose every test loads
 * every module afresh: registers beforeEach(jest.resetModules) where it is called (main() requires a
 * command's module when the command runs, and that module must come from the same registry as main's: one
 * UsageError class). `defaults` go under each call's setup.
 */
export function freshMainPerTest(defaults: MainSetup = {}): (args: string[], setup?: MainSetup) => CliRun {
  beforeEach(() => {
    jest.resetModules();
  });
  return (args, setup = {}) => runMain((require('../../src/cli/main') as typeof import('../../src/cli/main')).main, args, { ...defaults, ...setup });
}
