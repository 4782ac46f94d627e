ALTER TABLE orders ADD COLUMN c3_default varchar(50) DEFAULT 'x';
