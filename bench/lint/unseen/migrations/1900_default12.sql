ALTER TABLE customers ADD COLUMN trial_ends_at timestamptz DEFAULT (clock_timestamp() + interval '30 days');;
