-- UP
ALTER TABLE orders ADD COLUMN note text COLLATE "C";
