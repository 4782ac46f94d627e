-- lockstep:irreversible
-- UP
ALTER TYPE subscription_state ADD VALUE 'paused';
UPDATE subscriptions SET state = 'paused' WHERE paused_until > now();
