alter table if exists orders add column shipped_at timestamp(6) with time zone;;
