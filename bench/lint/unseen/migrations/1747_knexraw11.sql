alter table "accounts" add constraint "accounts_name_unique" unique ("name");
