alter table "public"."accounts"
  add constraint "accounts_owner_id_fkey"
  foreign key ("owner_id")
  references "public"."users"
  ("id") on update restrict on delete restrict;;
