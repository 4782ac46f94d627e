ALTER TABLE customers ADD COLUMN c6_required timestamptz NOT NULL DEFAULT '2024-01-01';
