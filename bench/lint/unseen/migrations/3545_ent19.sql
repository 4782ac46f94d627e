ALTER TABLE "users" ADD COLUMN "role" character varying NOT NULL DEFAULT 'user', ADD COLUMN "nickname" character varying NULL;
CREATE INDEX "user_role" ON "users" ("role");;
