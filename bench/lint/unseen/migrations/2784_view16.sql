CREATE VIEW paid_orders16 AS SELECT * FROM orders WHERE status = 'paid' WITH LOCAL CHECK OPTION;;
