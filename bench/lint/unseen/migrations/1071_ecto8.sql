CREATE TABLE "users_tokens" ("id" bigserial, "user_id" bigint NOT NULL CONSTRAINT "users_tokens_user_id_fkey" REFERENCES "users"("id") ON DELETE CASCADE, "token" bytea NOT NULL, "context" varchar(255) NOT NULL, "sent_to" varchar(255), "inserted_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "users_tokens_context_token_index" ON "users_tokens" ("context", "token");
