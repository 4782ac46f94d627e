CREATE INDEX CONCURRENTLY IF NOT EXISTS users_prefs_plan_idx ON users ((prefs ->> 'plan'));;
