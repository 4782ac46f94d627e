ALTER TABLE customers ADD COLUMN trial_ends_at timestamptz DEFAULT (now() + interval '30 days');;
