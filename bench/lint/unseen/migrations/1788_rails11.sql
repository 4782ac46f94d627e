ALTER TABLE "users" ADD "team_id" bigint;
-- disable_ddl_transaction!
CREATE INDEX CONCURRENTLY "index_users_on_team_id" ON "users" ("team_id");;
