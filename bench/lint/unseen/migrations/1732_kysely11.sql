alter table "orders" add column "meta" jsonb default '{}'::jsonb not null;
