CREATE VIEW order_totals_v16 AS SELECT * FROM order_totals WITH CHECK OPTION;;
