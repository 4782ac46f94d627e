ALTER TABLE sales ADD COLUMN note text;
