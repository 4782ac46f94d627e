-- lockstep:irreversible
-- UP
-- Called nightly by the scheduler to create tomorrow's partition of events_by_day.
CREATE TABLE events_by_day (
  id         bigint NOT NULL,
  account_id bigint NOT NULL,
  kind       text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE OR REPLACE FUNCTION create_events_partition(day date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  part text := format('events_by_day_%s', to_char(day, 'YYYYMMDD'));
BEGIN
  EXECUTE format(
    'CREATE TABLE IF NOT EXISTS %I PARTITION OF events_by_day FOR VALUES FROM (%L) TO (%L)',
    part, day, day + 1);
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I (account_id)', part || '_account_id_idx', part);
  -- Old partitions are detached and dropped by drop_old_event_partitions().
END
$$;
