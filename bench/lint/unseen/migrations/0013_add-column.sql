ALTER TABLE orders ADD COLUMN c3_plain varchar(50);
