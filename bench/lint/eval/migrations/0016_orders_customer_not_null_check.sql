-- lockstep:irreversible
-- UP
-- Step 1 of making orders.customer_id NOT NULL without a long lock.
ALTER TABLE orders
  ADD CONSTRAINT orders_customer_id_not_null CHECK (customer_id IS NOT NULL) NOT VALID;
