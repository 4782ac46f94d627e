create table "orders_customer_lnk" ("id" serial primary key, "order_id" bigint, "customer_id" bigint, "order_ord" double precision);
insert into "orders_customer_lnk" ("order_id", "customer_id") select "id", "customer_id" from "orders";
