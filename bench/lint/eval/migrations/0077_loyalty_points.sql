-- lockstep:irreversible
-- UP
-- Loyalty programme, phase 1.
ALTER TABLE customers ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN loyalty_tier text;
CREATE INDEX customers_loyalty_tier_idx ON customers (loyalty_tier);
UPDATE customers SET loyalty_tier = 'bronze';
