ALTER TABLE accounts ADD COLUMN renews_at timestamptz NOT NULL DEFAULT date_trunc('month', now()) + interval '1 month';;
