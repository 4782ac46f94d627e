ALTER TABLE customers ADD COLUMN c7_required jsonb NOT NULL DEFAULT '{}';
