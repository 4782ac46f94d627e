-- lockstep:irreversible
-- UP
-- Force everyone to log in again after the cookie format change.
TRUNCATE sessions;
