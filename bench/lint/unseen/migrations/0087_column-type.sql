ALTER TABLE customers ALTER COLUMN score TYPE text USING score::text;
