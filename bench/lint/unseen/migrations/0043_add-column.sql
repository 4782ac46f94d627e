ALTER TABLE customers ADD COLUMN c10_required integer[] NOT NULL DEFAULT '{}';
