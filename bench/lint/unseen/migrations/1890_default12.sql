alter table events add column received_at timestamptz default now();;
