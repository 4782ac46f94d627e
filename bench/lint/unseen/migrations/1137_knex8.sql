insert into "accounts" ("name", "plan") values ('demo', 'free') returning "id";
