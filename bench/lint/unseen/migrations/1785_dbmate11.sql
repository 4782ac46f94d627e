-- migrate:up
ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL;

-- migrate:down

