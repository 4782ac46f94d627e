ALTER TABLE posts ADD COLUMN slug text GENERATED ALWAYS AS (lower(replace(title, ' ', '-'))) STORED;
