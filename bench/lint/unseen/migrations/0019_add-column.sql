ALTER TABLE customers ADD COLUMN c4_required numeric(10, 2) NOT NULL DEFAULT 0;
