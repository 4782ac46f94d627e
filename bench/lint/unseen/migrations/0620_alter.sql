ALTER TABLE posts ALTER COLUMN body SET (n_distinct = -0.5);
