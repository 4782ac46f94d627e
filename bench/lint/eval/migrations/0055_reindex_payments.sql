-- lockstep:irreversible
-- UP
REINDEX TABLE payments;
