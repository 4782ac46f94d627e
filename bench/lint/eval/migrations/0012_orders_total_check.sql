-- lockstep:irreversible
-- UP
-- Negative totals come from a bug in the refund flow (PAY-77); forbid them.
ALTER TABLE orders ADD CONSTRAINT orders_total_nonnegative CHECK (total_cents >= 0);
