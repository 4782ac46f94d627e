CREATE TABLE "accounts_users" ("user_id" bigint NOT NULL, "account_id" bigint NOT NULL);
