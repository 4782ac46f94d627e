/** Small helpers shared by the rules in src/lint/rules/. */
import type { ParsedStatement } from '../sql/index.js';
import type { NodeKind, NodeOf } from '../sql/index.js';
import { bodyOf } from '../sql/index.js';
import type { AlterTableCmd } from '../sql/index.js';
import type { LockEffect } from '../locks/index.js';
import type { Report, RuleCheck, RuleContext, StatementFacts } from './types.js';

export type StatementCheck = (s: StatementFacts, ctx: RuleContext) => Report | readonly Report[] | undefined;

/** The statements that declare columns (see analysis/declared-columns.ts). */
export const DECLARING_KINDS: readonly NodeKind[] = ['CreateStmt', 'AlterTableStmt'];

function collect(out: Report[], r: Report | readonly Report[] | undefined): void {
  if (!r) return;
  if (Array.isArray(r)) {
    for (const one of r as readonly Report[]) out.push(one);
  } else out.push(r as Report);
}

/**
 * A check the engine drives from its one pass over the statements (see RuleCheck.each). Called directly (a test, a
 * caller outside the engine), it makes the same pass over the statements of its kinds, in order.
 */
function perStatement(kinds: readonly string[] | undefined, each: StatementCheck): RuleCheck {
  const wanted = kinds && kinds.length > 1 ? new Set<string>(kinds) : undefined;
  const check = (ctx: RuleContext): Report[] => {
    const out: Report[] = [];
    const statements = kinds?.length === 1 ? ctx.facts.ofKind(kinds[0] as string) : ctx.facts.statements;
    for (const s of statements) if (!wanted || wanted.has(s.kind)) collect(out, each(s, ctx));
    return out;
  };
  return Object.assign(check, kinds ? { kinds, each } : { each });
}

/** A rule's check() that looks at each statement on its own. */
export function eachStatement(fn: StatementCheck): RuleCheck {
  return perStatement(undefined, fn);
}

/**
 * Like eachStatement, but only for statements of the given AST kinds (in statement order): a rule about
 * columns never looks at an UPDATE.
 */
export function onKinds(kinds: readonly NodeKind[], fn: StatementCheck): RuleCheck {
  return perStatement(kinds, fn);
}

/** Like eachStatement, but only for statements of one AST kind, with the typed body. */
export function onKind<K extends NodeKind>(kind: K, fn: (body: NodeOf<K>, s: StatementFacts, ctx: RuleContext) => Report | readonly Report[] | undefined): RuleCheck {
  return perStatement([kind], (s, ctx) => {
    const body = bodyOf(s.stmt, kind);
    return body ? fn(body, s, ctx) : undefined;
  });
}

/** Each ALTER TABLE subcommand of a given subtype, with its table (the statement's facts: s.commands, s.relation). */
export function onAlterCommand(
  subtypes: ReadonlyArray<NonNullable<AlterTableCmd['subtype']>>,
  fn: (cmd: AlterTableCmd, table: string, s: StatementFacts, ctx: RuleContext) => Report | undefined,
): RuleCheck {
  const wanted = new Set<string>(subtypes);
  return perStatement(['AlterTableStmt'], (s, ctx) => {
    let out: Report[] | undefined;
    for (const cmd of s.commands) {
      if (cmd.subtype === undefined || !wanted.has(cmd.subtype)) continue;
      const r = fn(cmd, s.relation ?? '?', s, ctx);
      if (r) (out ??= []).push(r);
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

const oneLine = new WeakMap<ParsedStatement, string>();

/** The statement's SQL collapsed to one line and cut, for messages (several rules quote the same statement). */
export function snippet(stmt: ParsedStatement, max = 60): string {
  let one = oneLine.get(stmt);
  if (one === undefined) {
    one = stmt.sql.replace(/\s+/g, ' ').trim();
    oneLine.set(stmt, one);
  }
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** "payments" → "payments"; quoted for messages. */
export function q(name: string): string {
  return `"${name}"`;
}

export const NO_TX_DIRECTIVE = '-- lockstep:no-transaction';
