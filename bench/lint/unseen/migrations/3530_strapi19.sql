create table "orders_customer_lnk" ("id" serial primary key, "order_id" bigint, "customer_id" bigint, "order_ord" double precision);
alter table "orders_customer_lnk" add constraint "orders_customer_lnk_fk" foreign key ("order_id") references "orders" ("id") on delete CASCADE;;
