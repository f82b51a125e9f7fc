// Runs the built program (bin/, then dist/: run `npm run build` first) as a shell would: a child node
// process in `cwd`, with a controlled environment. Such a run tests the package, never the src under
// mutation: tests that must kill mutants run the CLI in-process (cli.ts, run-main.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve('bin/dokodemo-check.js');
export const BIN_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'en_US.UTF-8' };

export interface BinRun {
  /** null when the run was killed (timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface BinLimits {
  /** Milliseconds before the run is killed. */
  timeout?: number;
  /** The most bytes stdout or stderr may hold. */
  maxBuffer?: number;
}

export function runBin(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = BIN_ENV, limits: BinLimits = {}): BinRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: limits.timeout ?? 120_000, maxBuffer: limits.maxBuffer ?? 1 << 28 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
