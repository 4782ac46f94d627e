ALTER TABLE accounts ADD COLUMN tmp_x integer;
ALTER TABLE accounts RENAME COLUMN tmp_x TO tmp_y;
