ALTER TABLE posts ADD COLUMN body_length integer GENERATED ALWAYS AS (length(body)) STORED;;
