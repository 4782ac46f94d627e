ALTER TABLE IF EXISTS no_such_table ADD COLUMN x integer;
