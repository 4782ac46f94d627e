create table "components_shared_seos" ("id" serial primary key, "meta_title" varchar(255), "meta_description" text);
