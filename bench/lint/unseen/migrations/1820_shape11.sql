CREATE TABLE price_periods (
  sku text NOT NULL,
  valid daterange NOT NULL,
  price_cents integer NOT NULL,
  EXCLUDE USING gist (sku WITH =, valid WITH &&)
);;
