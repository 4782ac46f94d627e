drop table if exists "orders_customer_lnk";
