create table "audit_entries" ("id" bigserial primary key, "table_name" varchar(255) not null, "row_id" bigint not null, "diff" jsonb, "created_at" timestamptz not null default CURRENT_TIMESTAMP);
create index "audit_entries_table_name_row_id_index" on "audit_entries" ("table_name", "row_id");
