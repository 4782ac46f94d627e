DROP VIEW IF EXISTS orders_summary_v;;
