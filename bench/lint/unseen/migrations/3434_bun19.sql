ALTER TABLE shipments ADD COLUMN carrier_ref text;

--bun:split

UPDATE shipments SET carrier_ref = 'legacy' WHERE id <= 100;;
