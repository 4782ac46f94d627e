ALTER INDEX orders_customer_id_idx SET (fillfactor = 80);
