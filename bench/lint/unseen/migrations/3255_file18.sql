-- Flyway V42__add_customer_segment.sql
ALTER TABLE customers ADD COLUMN segment varchar(20);
CREATE INDEX customers_segment_idx18 ON customers (segment);;
