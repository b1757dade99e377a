/**
 * The writes to a database that one process is the only writer of, as a number: it moves before and after every
 * write, so two equal readings mean nothing was written between them. Only PGlite's statements give one
 * (server/sql/pglite-statements.ts); a database that other processes write to has none.
 */
export interface WriteGeneration {
  current: () => number;
}
