// Runs the process wrapper (src/cli/main.ts's run(), or one loaded afresh by the caller) with argv and env
// set, stdout and stderr captured and process.exit stood in for, and puts every one of them back after.
export const EXITED = new Error('process.exit');

export interface Ran {
  stdout: string;
  stderr: string;
  /** Every process.exit call's code (-1 for none given). */
  exits: number[];
}

export interface ProcessSetup {
  /** Runs once `start` returned or exited, e.g. to emit an 'error' on stdout. */
  after?: () => void;
  /** What stdout's write calls back with (null: written). */
  writeCallbackError?: Error;
  /** stdout a terminal of that width; without it a pipe (whose `columns`, 33, must not be read). */
  tty?: { columns: number };
}

/** `start` (run, or a function that loads run afresh and calls it) as the process would run it. */
export function runProcess(start: () => void, argv: string[], env: NodeJS.ProcessEnv, setup: ProcessSetup = {}): Ran {
  const ran: Ran = { stdout: '', stderr: '', exits: [] };
  const saved = { argv: process.argv, env: process.env, tty: Object.getOwnPropertyDescriptor(process.stdout, 'isTTY'), columns: Object.getOwnPropertyDescriptor(process.stdout, 'columns') };
  const listeners = process.stdout.listeners('error');
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(((text: string, callback?: (error?: Error | null) => void) => {
    ran.stdout += text;
    if (typeof callback === 'function') callback(setup.writeCallbackError ?? null);
    return true;
  }) as typeof process.stdout.write);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(((text: string) => {
    ran.stderr += text;
    return true;
  }) as typeof process.stderr.write);
  // process.exit never returns: the stand-in throws, and the throw is caught here.
  const exit = jest.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    ran.exits.push(code ?? -1);
    throw EXITED;
  }) as typeof process.exit);
  const exiting = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (error !== EXITED) throw error;
    }
  };
  Object.defineProperty(process.stdout, 'isTTY', { value: setup.tty !== undefined, configurable: true, writable: true });
  Object.defineProperty(process.stdout, 'columns', { value: setup.tty?.columns ?? 33, configurable: true, writable: true });
  try {
    process.argv = ['node', 'dokodemo-check', ...argv];
    process.env = env;
    exiting(start);
    if (setup.after) exiting(setup.after);
  } finally {
    process.argv = saved.argv;
    process.env = saved.env;
    if (saved.tty) Object.defineProperty(process.stdout, 'isTTY', saved.tty);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
    if (saved.columns) Object.defineProperty(process.stdout, 'columns', saved.columns);
    else delete (process.stdout as { columns?: number }).columns;
    out.mockRestore();
    err.mockRestore();
    exit.mockRestore();
    for (const listener of process.stdout.listeners('error')) if (!listeners.includes(listener as never)) process.stdout.off('error', listener as never);
  }
  return ran;
}
