ALTER TABLE customers ADD COLUMN c1_required bigint NOT NULL DEFAULT 0;
