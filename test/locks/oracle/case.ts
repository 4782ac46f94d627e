import type { Blocker } from './observe.js';

/** One statement (or file) the oracle runs. */
export interface Case {
  readonly sql: string;
  /** For the summary: ADD COLUMN, ALTER COLUMN TYPE, indexes, files, ... */
  readonly group: string;
  /**
   * The generator cannot tell beforehand whether the server accepts it (a type pair without a cast, a storage mode
   * the type refuses): an error is then "not applicable", counted but not a disagreement.
   */
  readonly mayFail?: boolean;
  /** Statements that refuse a transaction block: how a second session holds them up while their locks are read. */
  readonly blocker?: Blocker;
  /** Undoes a statement that had to commit (it ran outside a transaction). */
  readonly restore?: string;
}
