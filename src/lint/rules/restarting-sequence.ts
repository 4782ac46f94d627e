import { alterCommands, nodeAs, relationName } from '../../sql/index.js';
import { onKinds, q } from '../rule-kit.js';
import type { Report, Rule, StatementFacts } from '../types.js';
import type { Node } from '../../sql/index.js';

/** A negative number: an Integer, or a Float for one beyond 32 bits (INCREMENT BY -3000000000). */
function negative(arg: Node | undefined): boolean {
  return (nodeAs(arg, 'Integer')?.ival ?? 0) < 0 || (nodeAs(arg, 'Float')?.fval ?? '').startsWith('-');
}

/** The option names of a sequence option list (ALTER SEQUENCE's options, or an identity column's). */
function optionNames(options: readonly Node[] | undefined): { restartBare: boolean; start: boolean; descending: boolean } {
  const defs = (options ?? []).map((o) => nodeAs(o, 'DefElem')).filter((d) => d !== undefined);
  return {
    // INCREMENT BY a negative step turns an ascending sequence around: its next values are ones already handed out,
    // unless the same statement moves it to values not used yet (RESTART WITH, START WITH: negative keys, say).
    descending:
      defs.some((d) => d.defname === 'increment' && negative(d.arg)) && !defs.some((d) => (d.defname === 'restart' && d.arg !== undefined) || d.defname === 'start'),
    // RESTART WITH n sets an explicit value, which may well lie above every key in use; RESTART alone goes back to START.
    restartBare: defs.some((d) => d.defname === 'restart' && d.arg === undefined),
    start: defs.some((d) => d.defname === 'start'),
  };
}

function report(s: StatementFacts, what: string, relation: string, descending = false): Report {
  const change = descending
    ? 'INCREMENT BY a negative step makes the sequence count back down over the values it has handed out'
    : 'RESTART sets the sequence back to its START value: nextval() hands out values it has already handed out';
  return {
    statement: s,
    relation,
    message: `${what} ${change}, so inserts that take their key from it fail with duplicate keys`,
    help: descending
      ? 'Keep the step positive; to hand out negative keys, move the sequence below every key in use in the same statement (MINVALUE ... RESTART WITH -1).'
      : `RESTART WITH a value above the largest one in use, or SELECT setval('<sequence>', (SELECT max(id) FROM <table>)).`,
  };
}

/**
 * ALTER SEQUENCE ... RESTART without a value (and an identity column's ALTER COLUMN ... RESTART) sets the sequence
 * back to its START value (https://www.postgresql.org/docs/current/sql-altersequence.html): the next nextval() returns
 * a value already used, and a unique key taken from it fails (checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts). So does INCREMENT BY a negative step: the sequence counts back down over the
 * values it handed out (checked there too). A sequence or table created earlier in the migration has handed out nothing.
 */
export const restartingSequence: Rule = {
  id: 'restarting-sequence',
  defaultSeverity: 'warning',
  description: 'ALTER SEQUENCE ... RESTART (no value) or INCREMENT BY a negative step makes an existing sequence hand out values it already handed out',
  docs: 'docs/rules/restarting-sequence.md',
  lockHazard: false,
  check: onKinds(['AlterSeqStmt', 'AlterTableStmt'], (s, ctx) => {
    const seq = nodeAs(s.stmt.node, 'AlterSeqStmt');
    if (seq) {
      const name = relationName(seq.sequence) ?? '?';
      const opts = optionNames(seq.options);
      if (ctx.facts.isNew(name, s)) return undefined;
      if (opts.descending) return report(s, `ALTER SEQUENCE ${q(name)}`, name, true);
      return opts.restartBare && !opts.start ? report(s, `ALTER SEQUENCE ${q(name)}`, name) : undefined;
    }
    const alter = nodeAs(s.stmt.node, 'AlterTableStmt');
    const table = relationName(alter?.relation) ?? '?';
    if (!alter || ctx.facts.isNew(table, s)) return undefined;
    return alterCommands(alter)
      .filter((cmd) => cmd.subtype === 'AT_SetIdentity')
      .map((cmd) => ({ cmd, opts: optionNames(nodeAs(cmd.def, 'List')?.items) }))
      .filter(({ opts }) => opts.descending || (opts.restartBare && !opts.start))
      .map(({ cmd, opts }) => report(s, `ALTER TABLE ${q(table)} ALTER COLUMN ${q(cmd.name ?? '?')}`, table, opts.descending));
  }),
};
