-- lockstep:irreversible
-- UP
-- GDPR: nobody is opted in unless they say so again.
ALTER TABLE users ALTER COLUMN marketing_opt_in SET DEFAULT false;
UPDATE users SET marketing_opt_in = false;
