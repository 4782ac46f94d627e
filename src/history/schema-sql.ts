/** DDL of the history store. `schema` must already be a quoted identifier. */
export function historyDdl(schema: string): string {
  return `
create schema if not exists ${schema};
create table if not exists ${schema}.migrations (
  version text primary key,
  name text not null,
  layout text not null,
  checksum text not null,
  status text not null check (status in ('applied', 'partial', 'rolled_back')),
  applied_at timestamptz,
  execution_ms integer,
  db_user text,
  os_user text,
  host text,
  environment text,
  lockstep_version text,
  batch integer,
  up_sql text,
  down_sql text,
  statements_done integer not null default 0,
  statements_total integer not null default 0,
  last_error text,
  rolled_back_at timestamptz
);
create table if not exists ${schema}.events (
  id bigserial primary key,
  at timestamptz not null default now(),
  kind text not null,
  version text,
  name text,
  db_user text,
  os_user text,
  host text,
  environment text,
  lockstep_version text,
  duration_ms integer,
  error text,
  ci_commit text,
  ci_run_url text,
  details jsonb not null default '{}'::jsonb
);
create index if not exists events_version_idx on ${schema}.events (version, id);
`;
}
