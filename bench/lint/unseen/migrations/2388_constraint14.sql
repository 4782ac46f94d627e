ALTER TABLE orders ADD CONSTRAINT orders_currency_upper CHECK (currency = upper(currency));;
