ALTER TABLE customers ADD CONSTRAINT customers_notes_present CHECK (notes IS NOT NULL);;
