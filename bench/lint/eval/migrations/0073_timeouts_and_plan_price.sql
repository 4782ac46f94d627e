-- lockstep:irreversible
-- UP
SELECT set_config('lock_timeout', '1s', false);
UPDATE plans SET price_cents = 1900 WHERE code = 'pro';
INSERT INTO plans (code, price_cents) VALUES ('team', 4900) ON CONFLICT (code) DO NOTHING;
