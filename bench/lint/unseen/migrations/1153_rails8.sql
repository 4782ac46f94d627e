CREATE TABLE "roles" ("id" bigserial primary key, "name" character varying NOT NULL);
INSERT INTO "roles" ("name") VALUES ('member');
ALTER TABLE "users" ADD "role_id" bigint DEFAULT 1 NOT NULL;
ALTER TABLE "users" ADD CONSTRAINT "fk_rails_users_role" FOREIGN KEY ("role_id") REFERENCES "roles" ("id");
