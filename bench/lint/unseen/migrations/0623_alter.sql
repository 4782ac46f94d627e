ALTER TABLE users DROP COLUMN IF EXISTS no_such_column;
