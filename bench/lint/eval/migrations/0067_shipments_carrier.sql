-- lockstep:irreversible
-- UP
ALTER TABLE shipments
  ADD COLUMN carrier text,
  ADD COLUMN tracking_number text,
  ALTER COLUMN status SET DEFAULT 'pending';
UPDATE shipments SET carrier = 'dhl' WHERE id = 1;
