ALTER TABLE shipments ADD COLUMN carrier21 text;
UPDATE shipments SET carrier21 = 'dhl';;
