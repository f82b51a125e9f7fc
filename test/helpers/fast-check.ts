// Every fast-check property runs with a fixed seed, so a failure is the same on every run and machine.
// FC_NUM_RUNS raises (or, for mutation runs, lowers) the number of runs; FC_SEED tries another seed.
import type { Parameters } from 'fast-check';

export function propertyOptions(seed: number, numRuns: number): Parameters<unknown> {
  return {
    seed: process.env.FC_SEED === undefined ? seed : Number(process.env.FC_SEED),
    numRuns: process.env.FC_NUM_RUNS === undefined ? numRuns : Number(process.env.FC_NUM_RUNS),
  };
}
