import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** DROP NOT NULL is instant, but code that assumes the column is set breaks, and undoing it is a full-scan SET NOT NULL. */
export const droppingNotNull: Rule = {
  id: 'dropping-not-null',
  defaultSeverity: 'info',
  description: 'DROP NOT NULL lets NULLs in that running code may not expect, and is expensive to undo',
  docs: 'docs/rules/dropping-not-null.md',
  lockHazard: false,
  check: onAlterCommand(['AT_DropNotNull'], (cmd, table, s, ctx) => {
    if (ctx.facts.isNew(table, s)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `DROP NOT NULL on ${q(table)}.${q(cmd.name ?? '?')} lets NULLs in; rolling it back later means a SET NOT NULL that scans the whole table`,
      help: 'Make sure every reader handles NULL first; to roll back cheaply, use CHECK (col IS NOT NULL) NOT VALID + VALIDATE before SET NOT NULL.',
    };
  }),
};
