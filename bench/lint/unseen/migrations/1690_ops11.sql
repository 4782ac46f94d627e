SELECT pg_advisory_lock(72707369);
ALTER TABLE accounts ADD COLUMN trial_ends_at date;
SELECT pg_advisory_unlock(72707369);;
