-- lockstep:irreversible
-- UP
DROP TABLE password_reset_tokens_old;
