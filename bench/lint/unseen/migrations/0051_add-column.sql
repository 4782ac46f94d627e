ALTER TABLE customers ADD COLUMN c12_required smallint NOT NULL DEFAULT 1;
