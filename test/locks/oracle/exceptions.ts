/**
 * Disagreements between the lock model and PostgreSQL 15 that stay, each with its reason. Every other
 * disagreement fails the oracle suite. test/locks/oracle/EXCEPTIONS.md explains each entry for readers.
 */
import type { ClaimKind, Disagreement } from './compare.js';

export type Suite = 'alter-table' | 'statements' | 'outside' | 'files';

export interface Exception {
  readonly id: string;
  readonly kinds: readonly ClaimKind[];
  /** The suites where it must still match something (a stale exception fails). */
  readonly suites: readonly Suite[];
  readonly match: (d: Disagreement) => boolean;
  readonly reason: string;
}

const sqlOf = (d: Disagreement): string => d.sql.replace(/\s+/g, ' ').trim();

export const EXCEPTIONS: readonly Exception[] = [
  {
    id: 'table-behind-an-index',
    kinds: ['unclaimed-lock', 'unclaimed-scan'],
    suites: ['statements', 'outside'],
    match: (d) => /^(DROP INDEX|REINDEX (\(\w+\) )?INDEX)/i.test(sqlOf(d)),
    reason: 'DROP INDEX and REINDEX INDEX name only the index; its table (locked too, and read by REINDEX) is in the catalog, not in the statement. The model reports the index.',
  },
  {
    id: 'cascade',
    kinds: ['unclaimed-lock', 'unclaimed-rewrite', 'unclaimed-scan'],
    suites: ['alter-table', 'statements'],
    match: (d) => /\bCASCADE\b/.test(sqlOf(d)) && /^(DROP|TRUNCATE|ALTER TABLE|ALTER TYPE)/.test(sqlOf(d)),
    reason: 'CASCADE reaches objects that depend on the one named (referencing tables, views, typed tables, columns of a dropped type): they are found in the catalog.',
  },
  {
    id: 'foreign-key-known-by-name',
    kinds: ['unclaimed-lock', 'lock', 'scan'],
    suites: ['alter-table', 'files'],
    match: (d) =>
      d.relation === 'public.o' &&
      ((d.server === 'AccessExclusive' && /ALTER TABLE t (DROP CONSTRAINT t_o_fk|ALTER COLUMN o_id TYPE|DROP COLUMN o_id)/.test(sqlOf(d))) ||
        (d.kind === 'scan' && /VALIDATE CONSTRAINT t_o_fk/.test(sqlOf(d)))),
    reason: 'Dropping a foreign key (by name, or with its column) or rebuilding it (a type change of its column) takes ACCESS EXCLUSIVE on the referenced table as well, and VALIDATE of a foreign key reads the referenced table; that the name or column is a foreign key is in the catalog.',
  },
  {
    id: 'domain-users',
    kinds: ['unclaimed-lock', 'unclaimed-scan'],
    suites: ['statements', 'files'],
    match: (d) => /^ALTER DOMAIN|; ALTER DOMAIN/.test(sqlOf(d)),
    reason: 'ALTER DOMAIN ... ADD CONSTRAINT / VALIDATE / SET NOT NULL takes SHARE on, and reads, every table with a column of the domain: found in the catalog. The alter-domain-add-constraint rule warns about it.',
  },
  {
    id: 'domain-types',
    kinds: ['rewrite', 'scan'],
    suites: ['alter-table'],
    match: (d) => /ADD COLUMN x checked|ALTER COLUMN (k|p) TYPE int|TYPE positive/.test(sqlOf(d)),
    reason: 'Whether a type name is a domain, over which base type, and with constraints (a new column of such a domain rewrites the table to check them) is in the catalog. The model judges an unknown type name as a different type.',
  },
  {
    id: 'no-op-storage-change',
    kinds: ['rewrite', 'scan'],
    suites: ['alter-table', 'statements'],
    match: (d) =>
      /SET (TABLESPACE pg_default|ACCESS METHOD heap)/.test(sqlOf(d)) ||
      (/SET LOGGED/.test(sqlOf(d)) && !/^ALTER TABLE u /.test(sqlOf(d))) ||
      /^ALTER TABLE (u|p) SET UNLOGGED/.test(sqlOf(d)),
    reason: 'SET TABLESPACE, SET ACCESS METHOD, SET LOGGED / UNLOGGED to what the table already has, or on a partitioned table (no storage), change nothing. The test server has one tablespace and one table access method; the oracle checks the real rewrites on u (unlogged) and t.',
  },
  {
    id: 'already-holds',
    kinds: ['scan'],
    suites: ['alter-table'],
    match: (d) => /^ALTER TABLE (t ALTER COLUMN a|p ALTER COLUMN k) SET NOT NULL$|VALIDATE CONSTRAINT t_d_pos$/.test(sqlOf(d)),
    reason: 'SET NOT NULL on a column that is already NOT NULL, or VALIDATE of a constraint that is already valid, reads nothing; what is already true is in the catalog.',
  },
  {
    id: 'using-binary-coercible',
    kinds: ['rewrite', 'scan'],
    suites: ['alter-table'],
    match: (d) => /USING c_(text|vc10)::text::varchar$/.test(sqlOf(d)),
    reason: 'A USING expression made only of binary-coercible casts of the column itself is seen through by the server (no rewrite); the model takes any USING as a rewrite, the safe side.',
  },
  {
    id: 'collation-change',
    kinds: ['rewrite', 'scan'],
    suites: ['alter-table'],
    match: (d) => /TYPE text COLLATE "C"$/.test(sqlOf(d)),
    reason: 'A type change that only changes the collation keeps the table but rebuilds the indexes on the column; which indexes exist, and the old collation, are in the catalog.',
  },
  {
    id: 'truncate-new-files',
    kinds: ['rewrite', 'scan', 'unclaimed-rewrite', 'unclaimed-scan'],
    suites: ['alter-table', 'statements', 'files'],
    match: (d) => /^TRUNCATE|; TRUNCATE|^TRUNCATE e;/.test(sqlOf(d)),
    reason: 'TRUNCATE gives the table new, empty files and builds its indexes over them: new storage and a "scan" of nothing. No row is copied or read, so the model says neither rewrite nor scan.',
  },
  {
    id: 'index-on-only-partitioned',
    kinds: ['scan'],
    suites: ['alter-table', 'statements'],
    match: (d) => /ON ONLY p \(/.test(sqlOf(d)) && d.relation === 'public.p',
    reason: 'CREATE INDEX ON ONLY a partitioned table builds nothing (an invalid index until its partitions are attached); that the table is partitioned is in the catalog. On a plain table ON ONLY builds normally.',
  },
  {
    id: 'partition-known-by-catalog',
    kinds: ['unclaimed-lock', 'transaction'],
    suites: ['alter-table', 'statements'],
    match: (d) => /^(DROP TABLE p1|REINDEX TABLE p|REINDEX INDEX p_a)$/.test(sqlOf(d)),
    reason: 'Dropping a partition locks its parent (ACCESS EXCLUSIVE), and REINDEX of a partitioned table or index refuses a transaction block: that p1 is a partition and p partitioned is in the catalog.',
  },
  {
    id: 'dml-plan',
    kinds: ['scan'],
    suites: ['statements', 'files'],
    match: (d) => /\b(UPDATE \w+ SET|DELETE FROM|INSERT INTO \w+ SELECT|SELECT \* FROM)\b/.test(sqlOf(d)),
    reason: 'Whether UPDATE, DELETE, INSERT ... SELECT or SELECT ... FOR UPDATE reads a table whole depends on the plan (an index finds one row). The model says UPDATE and DELETE read what they match, and leaves reads under locks that block nobody out.',
  },
  {
    id: 'analyze-everything',
    kinds: ['unclaimed-lock'],
    suites: ['statements'],
    match: (d) => sqlOf(d) === 'ANALYZE',
    reason: 'ANALYZE without a table takes SHARE UPDATE EXCLUSIVE on every table of the database, one after another; the model names no table.',
  },
];

export function explained(d: Disagreement): Exception | undefined {
  return EXCEPTIONS.find((e) => e.kinds.includes(d.kind) && e.match(d));
}
