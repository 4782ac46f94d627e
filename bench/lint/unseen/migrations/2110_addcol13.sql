ALTER TABLE orders ADD COLUMN fulfilment_status order_status;;
