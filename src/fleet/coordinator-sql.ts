/**
 * The coordinator's tables and statements: the one home of the rollout model (docs/fleets.md#rollout-model).
 * Every runner of a fleet runs these against the same PostgreSQL database; work is shared by claims with a lease
 * taken with FOR UPDATE SKIP LOCKED, so two runners never claim one target and a runner that dies loses its claims
 * when their lease runs out (https://www.postgresql.org/docs/current/sql-select.html#SQL-FOR-UPDATE-SHARE).
 */

/** The schema in the coordinator database. */
export const FLEET_SCHEMA = 'lockstep_fleet';

/** Serialises DDL and rollout creation between runners (pg_advisory_xact_lock keys). */
export const SETUP_LOCK_KEY = 0x6c6b_7366; // 'lksf'

export const SETUP_SQL = `
create schema if not exists ${FLEET_SCHEMA};
create table if not exists ${FLEET_SCHEMA}.rollouts (
  id bigserial primary key,
  fleet text not null,
  goal text not null,
  latest text,
  state text not null default 'running' check (state in ('running', 'done', 'failed', 'stopped', 'abandoned')),
  stop_reason text,
  canary integer not null default 0,
  max_failures integer,
  started_at timestamptz not null default now(),
  heartbeat_at timestamptz not null default now(),
  finished_at timestamptz
);
create index if not exists rollouts_by_fleet on ${FLEET_SCHEMA}.rollouts (fleet, id desc);
create table if not exists ${FLEET_SCHEMA}.targets (
  fleet text not null,
  target text not null,
  position integer not null,
  rollout_id bigint,
  wave integer not null default 1,
  state text not null default 'pending' check (state in ('pending', 'running', 'done', 'failed')),
  goal text,
  version text,
  applied integer not null default 0,
  runner text,
  lease_until timestamptz,
  attempts integer not null default 0,
  error_code text,
  error_message text,
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (fleet, target)
);`;

const LEASE = `($LEASE::double precision * interval '1 millisecond')`;
const lease = (param: string): string => LEASE.replace('$LEASE', param);

/**
 * The fleet's newest rollout still running, and whether a runner has shown a sign of life within a lease. `order by
 * r.id`, not `id`: a bare name is the output column `id::text`, which sorts '9' after '10'.
 */
export const CURRENT_ROLLOUT_SQL = `
select id::text as id, goal, latest, heartbeat_at > now() - ${lease('$2')} as live
from ${FLEET_SCHEMA}.rollouts r where fleet = $1 and state = 'running' order by r.id desc limit 1`;

export const ABANDON_ROLLOUT_SQL = `update ${FLEET_SCHEMA}.rollouts set state = 'abandoned', finished_at = now() where id = $1 and state = 'running'`;

export const CREATE_ROLLOUT_SQL = `
insert into ${FLEET_SCHEMA}.rollouts (fleet, goal, latest, canary, max_failures) values ($1, $2, $3, $4, $5) returning id::text as id`;

/**
 * Brings the listed targets into rollout $2. A target already done at this goal stays done (the next `fleet up`
 * retries only what failed or never ran); every other one is pending again. A target already in the rollout
 * (a second runner joining) is left as it is.
 */
export const ENROL_TARGETS_SQL = `
insert into ${FLEET_SCHEMA}.targets as t (fleet, target, position, rollout_id, state)
select $1, k.key, k.pos, $2::bigint, 'pending' from unnest($3::text[]) with ordinality as k(key, pos)
on conflict (fleet, target) do update set
  position = excluded.position,
  rollout_id = excluded.rollout_id,
  wave = 1,
  state = case when t.state = 'done' and t.goal = $4 then 'done' else 'pending' end,
  runner = null, lease_until = null, updated_at = now()
where t.rollout_id is distinct from excluded.rollout_id`;

/** The canary wave: the first K targets (in list order) that this rollout still has to migrate. */
export const MARK_CANARY_SQL = `
update ${FLEET_SCHEMA}.targets set wave = 0
where fleet = $1 and rollout_id = $2 and target in (
  select target from ${FLEET_SCHEMA}.targets where fleet = $1 and rollout_id = $2 and state = 'pending' order by position limit $3)`;

/**
 * Claims the next target: pending, or running under a lease that ran out (its runner died). Wave 1 waits until
 * every canary is done; nothing is claimed once the rollout stopped.
 */
export const CLAIM_SQL = `
update ${FLEET_SCHEMA}.targets t set state = 'running', runner = $3, lease_until = now() + ${lease('$4')},
  attempts = t.attempts + 1, started_at = now(), updated_at = now(), error_code = null, error_message = null
from (
  select c.fleet, c.target from ${FLEET_SCHEMA}.targets c
  where c.fleet = $1 and c.rollout_id = $2
    and (c.state = 'pending' or (c.state = 'running' and c.lease_until < now()))
    and (c.wave = 0 or not exists (
      select 1 from ${FLEET_SCHEMA}.targets w where w.fleet = $1 and w.rollout_id = $2 and w.wave = 0 and w.state <> 'done'))
    and exists (select 1 from ${FLEET_SCHEMA}.rollouts r where r.id = $2 and r.state = 'running')
  order by c.wave, c.position
  limit 1
  for update of c skip locked
) n
where t.fleet = n.fleet and t.target = n.target
returning t.target, t.attempts, t.wave`;

/** Extends this runner's leases, and marks the rollout alive (a data-modifying WITH always runs to completion). */
export const HEARTBEAT_SQL = `
with extended as (
  update ${FLEET_SCHEMA}.targets set lease_until = now() + ${lease('$4')}
  where fleet = $1 and rollout_id = $2 and runner = $3 and state = 'running' returning 1)
update ${FLEET_SCHEMA}.rollouts set heartbeat_at = now() where id = $2`;

/**
 * Records a target's outcome, only if this runner still holds its claim (a runner whose lease ran out and was
 * taken over must not overwrite the new owner's result).
 */
export const FINISH_SQL = `
update ${FLEET_SCHEMA}.targets set state = $5, goal = case when $5 = 'done' then $6 else goal end, version = coalesce($7, version),
  applied = $8, error_code = $9, error_message = $10, finished_at = now(), runner = null, lease_until = null, updated_at = now()
where fleet = $1 and target = $2 and rollout_id = $3 and runner = $4 and state = 'running'
returning wave`;

/** An interrupted runner hands its claim back at once rather than waiting for the lease. */
export const RELEASE_SQL = `
update ${FLEET_SCHEMA}.targets set state = 'pending', runner = null, lease_until = null, updated_at = now()
where fleet = $1 and target = $2 and rollout_id = $3 and runner = $4 and state = 'running'`;

/**
 * `fleet down` rolled these targets back: they are no longer done at any goal, so the next rollout takes them again
 * (ENROL_TARGETS_SQL keeps a target done only while its goal matches).
 */
export const FORGET_DONE_SQL = `
update ${FLEET_SCHEMA}.targets set goal = null, updated_at = now()
where fleet = $1 and target = any($2::text[]) and state = 'done'`;

/** A failed canary stops the rollout; so does the M-th failure with --max-failures M. */
export const STOP_IF_SQL = `
update ${FLEET_SCHEMA}.rollouts r set state = 'stopped', stop_reason = $3, finished_at = now()
where r.id = $2 and r.state = 'running' and (
  $4::boolean
  or (r.max_failures is not null
      and (select count(*) from ${FLEET_SCHEMA}.targets t where t.fleet = $1 and t.rollout_id = $2 and t.state = 'failed') >= r.max_failures))
returning r.max_failures`;

/** Where the rollout stands: what is left to claim, what runs under a live lease, whether it still runs. */
export const PROGRESS_SQL = `
select r.state,
  count(t.*) filter (where t.state = 'pending')::int as pending,
  count(t.*) filter (where t.state = 'running' and t.lease_until >= now())::int as running,
  count(t.*) filter (where t.state = 'running' and t.lease_until < now())::int as expired,
  count(t.*) filter (where t.state = 'failed')::int as failed
from ${FLEET_SCHEMA}.rollouts r left join ${FLEET_SCHEMA}.targets t on t.fleet = r.fleet and t.rollout_id = r.id
where r.id = $1 group by r.state`;

/** Nothing left to claim or running: the rollout ends, done or failed. */
export const FINISH_ROLLOUT_SQL = `
update ${FLEET_SCHEMA}.rollouts r set finished_at = now(),
  state = case when exists (select 1 from ${FLEET_SCHEMA}.targets t where t.fleet = r.fleet and t.rollout_id = r.id and t.state = 'failed') then 'failed' else 'done' end
where r.id = $1 and r.state = 'running'
  and not exists (select 1 from ${FLEET_SCHEMA}.targets t where t.fleet = r.fleet and t.rollout_id = r.id and t.state in ('pending', 'running'))`;

/** The fleet's newest rollout (ordered by r.id, the bigint: see CURRENT_ROLLOUT_SQL). */
export const LAST_ROLLOUT_SQL = `
select id::text as id, goal, latest, state, stop_reason, canary, max_failures, started_at, finished_at
from ${FLEET_SCHEMA}.rollouts r where fleet = $1 order by r.id desc limit 1`;

export const TARGET_ROWS_SQL = `
select target, position, rollout_id::text as rollout_id, wave, state, goal, version, applied, runner, attempts,
  error_code, error_message, started_at, finished_at
from ${FLEET_SCHEMA}.targets where fleet = $1 order by position, target`;

export const FLEETS_SQL = `select distinct fleet from ${FLEET_SCHEMA}.targets order by fleet`;
