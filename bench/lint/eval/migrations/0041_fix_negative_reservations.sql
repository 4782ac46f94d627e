-- lockstep:irreversible
-- UP
-- Stop the reservation worker from racing us while we repair the counters.
LOCK TABLE inventory IN ACCESS EXCLUSIVE MODE;
UPDATE inventory SET reserved = 0 WHERE reserved < 0;
