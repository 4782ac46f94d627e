-- migrate:up
ALTER TABLE users ADD COLUMN timezone text NOT NULL DEFAULT 'UTC';

-- migrate:down
ALTER TABLE users DROP COLUMN timezone;
;
