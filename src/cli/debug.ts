/** Stack traces are shown only on request: `--debug` or `DEBUG=dokodemo-check` (as in the `debug` package). */
export function debugEnabled(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes('--debug') || (env.DEBUG ?? '').split(/[\s,]+/).includes('dokodemo-check');
}
