import type { Bilingual } from './types';

/** A problem that stops the run with exit code 2 and one line on stderr, in the user's language. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'UsageError';
  }
}
