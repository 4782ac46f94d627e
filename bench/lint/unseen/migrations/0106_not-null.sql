ALTER TABLE orders ALTER COLUMN qty SET (n_distinct = 100);
