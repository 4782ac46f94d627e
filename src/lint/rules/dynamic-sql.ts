import type { Report, Rule } from '../types.js';

/**
 * `EXECUTE` of SQL built at run time (format(), concatenation with variables) inside a DO block or a function body:
 * the linter cannot read what it runs, so it says so once per block rather than staying silent
 * (https://www.postgresql.org/docs/current/plpgsql-statements.html#PLPGSQL-STATEMENTS-EXECUTING-DYN).
 * A constant string is read and linted as the SQL it is (src/sql/embedded-sql.ts).
 */
export const dynamicSql: Rule = {
  id: 'dynamic-sql',
  defaultSeverity: 'warning',
  description: 'EXECUTE of SQL built at run time in a DO block or function body: the linter cannot check what it runs',
  docs: 'docs/rules/dynamic-sql.md',
  lockHazard: false,
  check: (ctx) =>
    ctx.facts.dynamic.map((d): Report => {
      const first = d.dynamic[0];
      const more = d.dynamic.length > 1 ? ` (and ${d.dynamic.length - 1} more EXECUTE${d.dynamic.length > 2 ? 's' : ''} in the same block)` : '';
      // A function the migration creates but does not call runs it later, not during this migration.
      const where = d.embedded.block === 'function' ? ` in ${d.embedded.name ?? 'the function'}()${d.embedded.runsNow ? '' : ', when it is called (this migration does not call it)'}` : '';
      return {
        statement: d.statement,
        message: `${first?.text ?? 'EXECUTE'} runs SQL built at run time${where}; Lockstep cannot check its locks or rewrites${more}`,
        ...(d.embedded.runsNow ? {} : { severity: 'info' as const }),
        help: 'Write the statement out in the migration (one per table if you loop over tables), or check by hand what it runs and suppress this with a lockstep-ignore comment giving the reason.',
        ...(first ? { at: { line: first.line, column: first.column, endLine: first.line, endColumn: first.column + first.text.length - 'EXECUTE '.length } } : {}),
      };
    }),
};
