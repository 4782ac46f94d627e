ALTER TABLE accounts ALTER COLUMN plan TYPE integer USING plan::integer;;
