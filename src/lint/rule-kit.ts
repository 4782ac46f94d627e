/** Small helpers shared by the rules in src/lint/rules/. */
import type { ParsedStatement } from '../sql/index.js';
import type { NodeKind, NodeOf } from './ast.js';
import { alterCommands, bodyOf, relationName } from './ast.js';
import type { AlterTableCmd } from './ast.js';
import type { LockEffect } from './lock-model.js';
import type { Report, RuleContext, StatementFacts } from './types.js';

export type StatementCheck = (s: StatementFacts, ctx: RuleContext) => Report | readonly Report[] | undefined;

/** A rule's check() that looks at each statement on its own. */
export function eachStatement(fn: StatementCheck): (ctx: RuleContext) => Report[] {
  return (ctx) => {
    const out: Report[] = [];
    for (const s of ctx.facts.statements) {
      const r = fn(s, ctx);
      if (!r) continue;
      if (Array.isArray(r)) out.push(...(r as readonly Report[]));
      else out.push(r as Report);
    }
    return out;
  };
}

/** Like eachStatement, but only for statements of one AST kind, with the typed body. */
export function onKind<K extends NodeKind>(kind: K, fn: (body: NodeOf<K>, s: StatementFacts, ctx: RuleContext) => Report | readonly Report[] | undefined): (ctx: RuleContext) => Report[] {
  return eachStatement((s, ctx) => {
    const body = bodyOf(s.stmt, kind);
    return body ? fn(body, s, ctx) : undefined;
  });
}

/** Each ALTER TABLE subcommand of a given subtype, with its table. */
export function onAlterCommand(
  subtypes: ReadonlyArray<NonNullable<AlterTableCmd['subtype']>>,
  fn: (cmd: AlterTableCmd, table: string, s: StatementFacts, ctx: RuleContext) => Report | undefined,
): (ctx: RuleContext) => Report[] {
  return onKind('AlterTableStmt', (body, s, ctx) => {
    const table = relationName(body.relation) ?? '?';
    const out: Report[] = [];
    for (const cmd of alterCommands(body)) {
      if (!cmd.subtype || !subtypes.includes(cmd.subtype)) continue;
      const r = fn(cmd, table, s, ctx);
      if (r) out.push(r);
    }
    return out;
  });
}

export function lockOn(s: StatementFacts, relation: string | undefined): LockEffect | undefined {
  return s.locks.find((l) => l.relation === relation);
}

/** The first statement of the migration; for migration-wide findings. */
export function firstStatement(ctx: RuleContext): StatementFacts | undefined {
  return ctx.facts.statements[0];
}

/** The statement's SQL collapsed to one line and cut, for messages. */
export function snippet(stmt: ParsedStatement, max = 60): string {
  const one = stmt.sql.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** "payments" → "payments"; quoted for messages. */
export function q(name: string): string {
  return `"${name}"`;
}

export const NO_TX_DIRECTIVE = '-- lockstep:no-transaction';
