ALTER TABLE accounts ALTER COLUMN created_at TYPE timestamp without time zone;;
