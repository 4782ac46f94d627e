ALTER TABLE customers ADD COLUMN address postal_addr;;
