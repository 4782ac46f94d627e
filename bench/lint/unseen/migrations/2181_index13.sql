create index concurrently accounts_plan_created_idx on accounts (plan, created_at desc);;
