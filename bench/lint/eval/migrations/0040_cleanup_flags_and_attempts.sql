-- lockstep:irreversible
-- UP
DELETE FROM feature_flags WHERE name = 'new_checkout_beta';
-- The login_attempts log moved to the SIEM.
DELETE FROM login_attempts;
