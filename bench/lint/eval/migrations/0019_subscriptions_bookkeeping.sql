-- lockstep:irreversible
-- UP
ALTER TABLE subscriptions ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE subscriptions ADD COLUMN renewal_count integer NOT NULL DEFAULT 0;
ALTER TABLE subscriptions ADD COLUMN cancel_reason text;
ALTER TABLE subscriptions ADD COLUMN trial_ends_at timestamptz DEFAULT (now() + interval '14 days');
