-- lockstep:irreversible
-- UP
-- The admin dashboard filters orders by status; add an index for it.
CREATE INDEX orders_status_idx ON orders (status);
