// What a call throws, for exact comparisons: a UsageError's two texts, or the error itself.
import type { UsageError } from '../../src/errors';

/** What `run` throws: a UsageError's two texts, or the error itself when it is another kind; 'nothing thrown' when it returns. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    // A module loaded afresh throws the UsageError of its own copy of errors.ts: known by its name.
    return error instanceof Error && error.name === 'UsageError' ? { usage: (error as UsageError).text } : error;
  }
  return 'nothing thrown';
}
