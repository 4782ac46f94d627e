create table "regions" ("code" text primary key);
insert into "regions" values ('eu');
alter table "customers" add constraint "customers_region_foreign" foreign key ("region") references "regions" ("code") on delete SET NULL;
