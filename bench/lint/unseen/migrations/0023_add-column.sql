ALTER TABLE customers ADD COLUMN c5_required boolean NOT NULL DEFAULT false;
