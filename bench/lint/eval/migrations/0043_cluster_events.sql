-- lockstep:irreversible
-- UP
-- Range scans by time are faster when the heap is in created_at order.
CLUSTER events USING events_created_at_idx;
