create table "pet" ("id" serial primary key, "name" varchar(50) not null unique, "owner_id" bigint not null references "users" ("id") on delete cascade, "species" varchar(20) not null);
