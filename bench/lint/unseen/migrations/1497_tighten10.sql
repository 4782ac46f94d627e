ALTER TABLE customers ADD CONSTRAINT customers_region_length CHECK (char_length(region) <= 32) NOT VALID;;
