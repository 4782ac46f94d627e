ALTER TABLE customers ADD COLUMN c0_required integer NOT NULL DEFAULT 0;
