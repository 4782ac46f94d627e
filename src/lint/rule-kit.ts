/** Small helpers shared by the rules in src/lint/rules/. */
import type { ParsedStatement } from '../sql/index.js';
import type { NodeKind, NodeOf } from '../sql/index.js';
import { alterCommands, bodyOf, relationName } from '../sql/index.js';
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

/** Runs `fn` over statements, in order, collecting its reports. */
function visit(statements: readonly StatementFacts[], ctx: RuleContext, fn: StatementCheck): Report[] {
  const out: Report[] = [];
  for (const s of statements) collect(out, fn(s, ctx));
  return out;
}

/** A rule's check() that looks at each statement on its own. */
export function eachStatement(fn: StatementCheck): (ctx: RuleContext) => Report[] {
  return (ctx) => visit(ctx.facts.statements, ctx, fn);
}

/**
 * Like eachStatement, but only for statements of the given AST kinds (in statement order): a rule about
 * columns never looks at an UPDATE.
 */
export function onKinds(kinds: readonly NodeKind[], fn: StatementCheck): RuleCheck {
  if (kinds.length === 1) return withKinds(kinds, (ctx) => visit(ctx.facts.ofKind(kinds[0] as string), ctx, fn));
  const wanted = new Set<string>(kinds);
  return withKinds(kinds, (ctx) => {
    const out: Report[] = [];
    for (const s of ctx.facts.statements) if (wanted.has(s.stmt.kind)) collect(out, fn(s, ctx));
    return out;
  });
}

function withKinds(kinds: readonly string[], check: (ctx: RuleContext) => Report[]): RuleCheck {
  return Object.assign(check, { kinds });
}

/** Like eachStatement, but only for statements of one AST kind, with the typed body. */
export function onKind<K extends NodeKind>(kind: K, fn: (body: NodeOf<K>, s: StatementFacts, ctx: RuleContext) => Report | readonly Report[] | undefined): RuleCheck {
  return withKinds([kind], (ctx) => visit(ctx.facts.ofKind(kind), ctx, (s) => {
    const body = bodyOf(s.stmt, kind);
    return body ? fn(body, s, ctx) : undefined;
  }));
}

/** Each ALTER TABLE subcommand of a given subtype, with its table. */
export function onAlterCommand(
  subtypes: ReadonlyArray<NonNullable<AlterTableCmd['subtype']>>,
  fn: (cmd: AlterTableCmd, table: string, s: StatementFacts, ctx: RuleContext) => Report | undefined,
): RuleCheck {
  const wanted = new Set<string>(subtypes);
  return withKinds(['AlterTableStmt'], (ctx) => {
    const out: Report[] = [];
    for (const s of ctx.facts.ofKind('AlterTableStmt')) {
      const body = bodyOf(s.stmt, 'AlterTableStmt');
      const commands = alterCommands(body);
      if (!commands.some((cmd) => cmd.subtype !== undefined && wanted.has(cmd.subtype))) continue;
      const table = relationName(body?.relation) ?? '?';
      for (const cmd of commands) {
        if (cmd.subtype === undefined || !wanted.has(cmd.subtype)) continue;
        const r = fn(cmd, table, s, ctx);
        if (r) out.push(r);
      }
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
