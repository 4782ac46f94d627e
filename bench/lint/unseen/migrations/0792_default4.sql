ALTER TABLE users ADD COLUMN scores integer[] DEFAULT array_fill(0, ARRAY[3]);
