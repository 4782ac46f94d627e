-- Make display_name NOT NULL without a long lock: a NOT VALID check constraint is instant and applies to
-- new writes; the next migration validates old rows under a lock that lets reads and writes go on.
-- UP
ALTER TABLE users ADD CONSTRAINT users_display_name_not_null CHECK (display_name IS NOT NULL) NOT VALID;

-- DOWN
ALTER TABLE users DROP CONSTRAINT users_display_name_not_null;
