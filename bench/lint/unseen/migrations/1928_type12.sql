CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint NOT NULL, data jsonb);
ALTER TABLE sessions ALTER COLUMN data TYPE text;;
