alter table "orders" add column "external_ref" varchar(64) null;
alter table "orders" add constraint "orders_external_ref_unique" unique ("external_ref");;
