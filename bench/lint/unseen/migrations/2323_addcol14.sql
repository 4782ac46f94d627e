alter table ledger add column posted_at timestamptz default now() not null;;
