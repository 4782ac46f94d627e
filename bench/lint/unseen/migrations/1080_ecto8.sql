CREATE TABLE "teams" ("id" bigserial, "name" varchar(255) NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE "memberships" ("id" bigserial, "team_id" bigint NOT NULL CONSTRAINT "memberships_team_id_fkey" REFERENCES "teams"("id") ON DELETE CASCADE, "user_id" bigint NOT NULL CONSTRAINT "memberships_user_id_fkey" REFERENCES "users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "memberships_team_id_user_id_index" ON "memberships" ("team_id", "user_id");
