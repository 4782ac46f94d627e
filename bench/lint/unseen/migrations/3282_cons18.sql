ALTER TABLE orders ADD CONSTRAINT orders_currency_iso18 CHECK (currency ~ '^[A-Z]{3}$');;
