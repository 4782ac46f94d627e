ALTER TABLE customers ADD COLUMN tier text;
ALTER TABLE customers ALTER COLUMN tier SET DEFAULT 'standard';;
