// Types for the benchmark's generator, which the tests also use (a 50 MB ledger in test/cli/hostile.test.ts).
export interface GeneratedFiles {
  users50: string;
  users2000: string;
  users20000: string;
  /** 20,000 staff checked for the first time in years: about 38,000 findings. */
  users20000Old: string;
  /** The 20,000-staff ledger after a %TAG directive that redefines `!!` (to what it already means): the precise path reads it. */
  users20000Precise: string;
  /** network-500/: the first 500 facilities of network-2000/. */
  facilities: string[];
}
/** A ledger of `users` staff, about 1.3 devices each; the same text for the same arguments. */
export function ledgerText(users: number, seed?: number, profile?: 'kept' | 'old'): string;
export function generate(directory: string): GeneratedFiles;
/** Facility `index` of a generated regional network: its own name, MCS domain and device ids; every tenth shares a nurse with the one before. */
export function facilityText(index: number): string;
