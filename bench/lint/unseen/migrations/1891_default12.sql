alter table events add column received_at timestamptz default clock_timestamp();;
