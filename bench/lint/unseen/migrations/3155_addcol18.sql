ALTER TABLE users
  ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC',
  ADD COLUMN week_start smallint NOT NULL DEFAULT 1;;
