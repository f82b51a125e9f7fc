// Runs the CLI in-process, with a controlled environment, and captures what it writes.
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSetup {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdin?: string | Buffer;
  tty?: boolean;
  /** The terminal's width, when `tty`. */
  columns?: number;
}

export function runCli(args: string[], setup: CliSetup = {}): CliRun {
  let stdout = '';
  let warnings = '';
  const { code, stderr } = main(args, {
    env: setup.env ?? { LANG: 'en_US.UTF-8' },
    cwd: setup.cwd ?? process.cwd(),
    stdoutIsTty: setup.tty ?? false,
    columns: setup.columns,
    readStdin: () => Buffer.from(setup.stdin ?? ''),
    writeStdout: (text) => {
      stdout += text;
    },
    writeStderr: (text) => {
      warnings += text;
    },
  });
  return { code, stdout, stderr: warnings + stderr };
}
