create table "components_shared_seos" ("id" serial primary key, "meta_title" varchar(255), "meta_description" text);
alter table "components_shared_seos" add column "keywords" text;
create index "components_shared_seos_keywords_idx" on "components_shared_seos" ("keywords");
