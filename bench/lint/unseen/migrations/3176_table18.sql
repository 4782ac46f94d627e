create table "password_resets" ("id" serial primary key, "user_id" bigint not null, "token" varchar(255) not null, "expires_at" timestamptz not null);
alter table "password_resets" add constraint "password_resets_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;
alter table "password_resets" add constraint "password_resets_token_unique" unique ("token");;
