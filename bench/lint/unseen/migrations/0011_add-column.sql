ALTER TABLE customers ADD COLUMN c2_required text NOT NULL DEFAULT '';
