-- UP
CREATE TABLE sku_prices (sku text NOT NULL, currency text NOT NULL, price numeric(12, 2) NOT NULL, CONSTRAINT sku_prices_pk PRIMARY KEY (sku, currency), CONSTRAINT sku_prices_price_nonneg CHECK (price >= 0));
