alter table "orders" alter column "tax" set data type numeric(12, 3);
