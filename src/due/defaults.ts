/** `due --within`'s default, and the offline page's: a month ahead. */
export const DEFAULT_WITHIN_DAYS = 30;
