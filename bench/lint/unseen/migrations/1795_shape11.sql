CREATE TABLE price_quotes (
  id bigserial PRIMARY KEY,
  net numeric(12, 2) NOT NULL,
  vat_rate numeric(4, 3) NOT NULL DEFAULT 0.2,
  gross numeric(12, 2) GENERATED ALWAYS AS (round(net * (1 + vat_rate), 2)) STORED
);;
