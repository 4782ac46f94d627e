/**
 * Runs oracle cases against PostgreSQL in one database (the fixture, built once) and collects every disagreement
 * between the lock model's claims and what the server did.
 */
import type pg from 'pg';
import type { LockEffect, LockMode } from '../../../src/locks/index.js';
import { LOCK_MODES, applyColumnEvents, columnEvents, renamedRelation, statementLocks, strongest, type MutableColumnTypes } from '../../../src/locks/index.js';
import { readColumnTypes } from '../../../src/lint/index.js';
import type { Session } from '../../../src/db/index.js';
import { bodyOf, noTransactionReason, parseSql, relationName, type ParsedStatement } from '../../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import type { Case } from './case.js';
import { judge, type Claims, type Disagreement } from './compare.js';
import { FIXTURE } from './fixture.js';
import { observeInTransaction, observeOutsideTransaction, readCatalog, resolve, type Catalog, type Relation } from './observe.js';

export interface OracleResult {
  /** Statements (or files) the server ran and the model's claims were checked against. */
  readonly judged: number;
  /** Generated statements the server refused for a reason of their own (no cast between the types, ...). */
  readonly notApplicable: number;
  readonly disagreements: readonly Disagreement[];
}

export interface Oracle {
  run(cases: readonly Case[]): Promise<OracleResult>;
  close(): Promise<void>;
}

interface Target {
  readonly version: number;
  readonly timeZone: string;
  readonly columnTypes: MutableColumnTypes;
}

/** The model's claims for a whole file: per relation the strongest mode, and a rewrite or scan if any statement has one. */
/** A relation renamed or moved to another schema by this statement: its new name, qualified. */
function movedTo(stmt: ParsedStatement): { from: string; to: string } | undefined {
  const renamed = renamedRelation(stmt);
  if (renamed) return renamed;
  const moved = bodyOf(stmt, 'AlterObjectSchemaStmt');
  const from = relationName(moved?.relation);
  if (!from || !moved?.relation?.relname || !moved.newschema) return undefined;
  return { from, to: `${moved.newschema}.${moved.relation.relname}` };
}

function fileClaims(statements: readonly ParsedStatement[], target: Target, catalog: Catalog): Claims {
  const byRelation = new Map<string, LockEffect>();
  const types = structuredClone(target.columnTypes);
  // Names a relation of the fixture has after a RENAME or SET SCHEMA earlier in the file.
  const aliases = new Map<string, Relation>();
  const qualify = (name: string): string => (name.includes('.') ? name : `public.${name}`);
  const lookup = (name: string): Relation | undefined => aliases.get(qualify(name)) ?? resolve(catalog, name);
  let noTransaction: string | undefined;
  for (const stmt of statements) {
    noTransaction ??= noTransactionReason(stmt);
    for (const effect of statementLocks(stmt, { pgVersion: target.version, columnTypes: types, timeZone: target.timeZone })) {
      const rel = lookup(effect.relation);
      const key = rel ? `${rel.schema}.${rel.name}` : effect.relation;
      const prev = byRelation.get(key);
      const mode: LockMode = prev ? strongest(prev.mode, effect.mode) : effect.mode;
      byRelation.set(key, { ...effect, relation: key, mode, rewrite: effect.rewrite || prev?.rewrite === true, scan: effect.scan || prev?.scan === true });
    }
    applyColumnEvents(types, columnEvents([stmt]));
    const moved = movedTo(stmt);
    const rel = moved && lookup(moved.from);
    if (moved && rel) aliases.set(qualify(moved.to), rel);
  }
  return { effects: [...byRelation.values()], noTransaction };
}

export async function startOracle(label: string): Promise<Oracle> {
  const db: TestDatabase = await createTestDatabase(label);
  const client = await db.client('lockstep-oracle');
  const observer = await db.client('lockstep-oracle-observer');
  const third = await db.client('lockstep-oracle-second-phase');
  await client.query(FIXTURE);
  const pid = Number((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid);
  const version = Number((await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]?.v);
  const timeZone = String((await client.query<{ tz: string }>("SELECT current_setting('TimeZone') AS tz")).rows[0]?.tz);
  let catalog = await readCatalog(client);
  const tables = [...catalog.byOid.values()].filter((r) => r.kind !== 'i' && r.kind !== 'I').map((r) => `${r.schema}.${r.name}`);
  const session: Session = {
    backendPid: pid,
    query: async (sql, params) => client.query(sql, params ? [...params] : undefined) as never,
    exec: async (sql) => void (await client.query(sql)),
    release: async () => undefined,
  };
  const target: Target = { version, timeZone, columnTypes: await readColumnTypes(session, tables) };

  async function runCase(c: Case): Promise<{ disagreements: Disagreement[]; applicable: boolean }> {
    const statements = parseSql(c.sql);
    const claims = fileClaims(statements, target, catalog);
    const texts = statements.map((s) => s.sql);
    const inTx = await observeInTransaction(client, catalog, texts);
    if (!inTx.refusedInTransaction) {
      const found = judge(c.sql, c.group, claims, catalog, inTx, c.mayFail === true);
      return { disagreements: found, applicable: !(inTx.error && c.mayFail) };
    }
    // Refused in a transaction block: judge that claim, then run it as a migration would, outside one.
    const found = judge(c.sql, c.group, claims, catalog, inTx, false);
    // Without a way to hold it up (REINDEX SCHEMA, CLUSTER of every table), only the transaction claim is checked.
    if (!c.blocker) return { disagreements: found, applicable: true };
    const outside = await observeOutsideTransaction(client, pid, observer, third, catalog, c.sql, c.blocker);
    found.push(...judge(c.sql, c.group, { ...claims, noTransaction: undefined }, catalog, outside, false));
    if (c.restore) await client.query(c.restore);
    catalog = await readCatalog(client);
    return { disagreements: found, applicable: true };
  }

  return {
    async run(cases) {
      let judged = 0;
      let notApplicable = 0;
      const disagreements: Disagreement[] = [];
      for (const c of cases) {
        const { disagreements: found, applicable } = await runCase(c);
        if (applicable) judged++;
        else notApplicable++;
        disagreements.push(...found);
      }
      return { judged, notApplicable, disagreements };
    },
    async close() {
      await db.drop();
    },
  };
}

/** For messages: "AccessExclusive" → its rank, so tests can say "stronger" or "weaker". */
export const modeRank = (mode: string): number => LOCK_MODES.indexOf(mode as LockMode);
