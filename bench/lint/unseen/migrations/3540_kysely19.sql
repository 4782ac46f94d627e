create unique index concurrently "accounts_owner_name_unique" on "accounts" ("owner_id", "name");
