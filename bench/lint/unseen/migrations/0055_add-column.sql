ALTER TABLE customers ADD COLUMN c13_required double precision NOT NULL DEFAULT 0;
