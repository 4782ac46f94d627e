import type { FunctionInfo } from '../types.js';
import { bool, commentOf, notFromExtension, sortBy, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

const KINDS: Readonly<Record<string, FunctionInfo['kind']>> = { f: 'function', p: 'procedure', a: 'aggregate', w: 'window' };
const VOLATILITY: Readonly<Record<string, FunctionInfo['volatility']>> = { i: 'immutable', s: 'stable', v: 'volatile' };

/** pg_get_functiondef refuses aggregates, so describe one by its parts (as CREATE AGGREGATE spells them). */
const AGGREGATE_DEF = `(select 'SFUNC = ' || ag.aggtransfn::text || ', STYPE = ' || pg_catalog.format_type(ag.aggtranstype, null)
    || case when ag.aggfinalfn <> 0 then ', FINALFUNC = ' || ag.aggfinalfn::text else '' end
    || case when ag.aggcombinefn <> 0 then ', COMBINEFUNC = ' || ag.aggcombinefn::text else '' end
    || coalesce(', INITCOND = ' || pg_catalog.quote_literal(ag.agginitval), '')
  from pg_catalog.pg_aggregate ag where ag.aggfnoid = p.oid)`;

/** Functions, procedures, aggregates and window functions (the whole definition, body included). */
export const functionsQuery: CatalogQuery<FunctionInfo, FunctionInfo[]> = {
  owner: 'function',
  // lockFree: pg_get_functiondef of a SQL-standard body (BEGIN ATOMIC, PostgreSQL 14+) locks the tables it reads.
  sql: (ctx) =>
    `select p.oid as owner, n.nspname as schema, p.proname as name, pg_catalog.pg_get_function_identity_arguments(p.oid) as arguments,
            p.prokind::text as kind, case when p.prokind <> 'p' then pg_catalog.pg_get_function_result(p.oid) end as returns,
            l.lanname as language, p.provolatile::text as volatility, p.proisstrict as strict, p.prosecdef as security_definer,
            case when p.prokind = 'a' then ${AGGREGATE_DEF} else pg_catalog.pg_get_functiondef(p.oid) end as definition,
            ${commentOf('pg_proc', 'p.oid')} as comment
       from pg_catalog.pg_proc p
       join pg_catalog.pg_namespace n on n.oid = p.pronamespace
       join pg_catalog.pg_language l on l.oid = p.prolang
      where ${userSchema('n')} and ${notFromExtension('pg_proc', 'p.oid')}${ctx.lockFree && ctx.serverVersion >= 140000 ? ' and p.prosqlbody is null' : ''}`,
  entries: (rows) => rows.map(toFunction),
  collect: (entries) => sortBy(entries, (f) => f.schema, (f) => f.name, (f) => f.arguments),
};

function toFunction(row: Row): FunctionInfo {
  return {
    schema: text(row, 'schema'),
    name: text(row, 'name'),
    arguments: text(row, 'arguments'),
    kind: KINDS[text(row, 'kind')] ?? 'function',
    returns: textOrNull(row, 'returns'),
    language: text(row, 'language'),
    volatility: VOLATILITY[text(row, 'volatility')] ?? 'volatile',
    strict: bool(row, 'strict'),
    securityDefiner: bool(row, 'security_definer'),
    definition: text(row, 'definition').trimEnd(),
    comment: textOrNull(row, 'comment'),
  };
}
