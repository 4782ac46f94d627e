create table "pet" ("id" serial primary key, "name" varchar(50) not null unique, "owner_id" bigint not null references "users" ("id") on delete cascade);
create index "pet_owner_id_index" on "pet" ("owner_id");
