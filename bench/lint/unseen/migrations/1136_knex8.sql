alter table "accounts" rename column "owner_id" to "user_id";
