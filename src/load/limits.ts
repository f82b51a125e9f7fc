// What a ledger may not exceed, for both parse paths (README, "Limits").

/** Larger files are refused before they are read: a ledger of 20,000 staff is about 25 MB. */
export const MAX_LEDGER_BYTES = 64 * 1024 * 1024;

/** Nesting of nodes, counting the top one as 1: a ledger needs about seven levels. */
export const MAX_DEPTH = 100;

/** Aliases allowed while building the value; more is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
