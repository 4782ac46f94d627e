CREATE UNIQUE INDEX sales_region_amount_uidx21 ON sales (region, amount);;
