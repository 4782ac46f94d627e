import type { BackfillSpec } from '../../core/types.js';
import type { BackfillTarget } from './resolve-target.js';

/**
 * One batch as one statement, so it is one short autocommit transaction: pick the next `n` keys after the
 * last one (keyset pagination: an index range scan, never OFFSET), update those rows, and advance the
 * progress row, all or nothing. A crash can only lose a whole batch, never its progress alone, so a resumed
 * backfill updates every row exactly once. Data-modifying CTEs run exactly once, whether or not the final
 * SELECT reads them (https://www.postgresql.org/docs/current/queries-with.html#QUERIES-WITH-MODIFYING).
 *
 * The where predicate is repeated in the UPDATE so a row changed by a concurrent writer after it was picked
 * is rechecked (READ COMMITTED re-evaluates the WHERE on the new row version) instead of overwritten.
 * Fragments are followed by a newline so a trailing `--` comment cannot swallow the SQL after it.
 *
 * The last key is cast to text outside the subquery: inside, ORDER BY k would sort by the text output column.
 *
 * Parameters: $1 version, $2 table, and $3 the last key (only when `afterKey`).
 */
export function batchSql(target: BackfillTarget, spec: BackfillSpec, progressTable: string, batchSize: number, afterKey: boolean): string {
  const where = `(${(spec.where ?? 'true').trim()}\n)`;
  const { table, key } = target;
  return `with batch(k) as (
  select ${key} from ${table} where ${afterKey ? `${key} > $3 and ` : ''}${where} order by ${key} limit ${batchSize}
), upd as (
  update ${table} set ${spec.set.trim()}
  where ${key} in (select k from batch) and ${where}
  returning 1
), prog as (
  update ${progressTable}
     set last_key = coalesce((select k from batch order by k desc limit 1)::text, last_key),
         rows_done = rows_done + (select count(*) from upd),
         batches = batches + (select least(count(*), 1) from batch),
         updated_at = now()
   where version = $1 and table_name = $2
  returning 1
)
select (select count(*) from batch)::int as selected, (select count(*) from upd)::int as updated,
       (select k from batch order by k desc limit 1)::text as "lastKey"`;
}

/** min and max of the key, to measure progress over the key range (cheap: two index lookups). */
export function keyRangeSql(target: BackfillTarget): string {
  return `select min(${target.key})::float8 as lo, max(${target.key})::float8 as hi from ${target.table}`;
}
