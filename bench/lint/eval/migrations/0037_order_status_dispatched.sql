-- lockstep:irreversible
-- UP
-- Marketing prefers "dispatched".
ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';
