-- lockstep:irreversible
-- UP
-- Nothing queries legacy_state any more.
DROP INDEX orders_legacy_state_idx;
