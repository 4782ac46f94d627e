ALTER TABLE customers ADD COLUMN c3_required varchar(50) NOT NULL DEFAULT 'x';
