-- lockstep:irreversible
-- UP
-- Step 2: validate (SHARE UPDATE EXCLUSIVE), then SET NOT NULL can use the check and skip its scan.
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null;
