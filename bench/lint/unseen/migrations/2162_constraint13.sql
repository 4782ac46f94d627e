ALTER TABLE orders ADD CONSTRAINT orders_currency_len CHECK (char_length(currency) = 3) NOT VALID;;
