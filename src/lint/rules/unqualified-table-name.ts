import { walk } from '../../sql/index.js';
import type { RangeVar } from '../../sql/index.js';
import { eachStatement, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';
import { quoteIdent } from '../quote-ident.js';

/** Opt-in: relations named without a schema resolve through search_path, which may differ between environments. */
export const unqualifiedTableName: Rule = {
  id: 'unqualified-table-name',
  defaultSeverity: 'info',
  description: 'a table named without its schema (opt-in: unqualifiedNames)',
  docs: 'docs/rules/unqualified-table-name.md',
  lockHazard: false,
  check: (ctx) => {
    if (!ctx.options.unqualifiedNames && ctx.options.rules?.['unqualified-table-name'] === undefined) return [];
    return eachStatement((s) => {
      const names = new Set<string>();
      const ctes = new Set<string>();
      walk(s.stmt.node, (key, body) => {
        if (key === 'CommonTableExpr') ctes.add(String((body as { ctename?: string }).ctename));
        const rv = (key === 'RangeVar' || key === 'relation' || key === 'pktable' || key === 'view' || key === 'sequence' ? body : undefined) as RangeVar | undefined;
        if (rv?.relname && !rv.schemaname && rv.relpersistence !== 't') names.add(rv.relname);
      });
      return [...names].filter((n) => !ctes.has(n)).map(
        (name): Report => ({
          statement: s,
          message: `${q(name)} is not schema-qualified: it resolves through search_path, which may differ between environments`,
          help: `Write the schema explicitly, e.g. public.${quoteIdent(name)}.`,
        }),
      );
    })(ctx);
  },
};
