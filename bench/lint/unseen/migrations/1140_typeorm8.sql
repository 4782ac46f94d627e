CREATE TABLE "user_settings" ("id" SERIAL NOT NULL, "userId" bigint NOT NULL, "theme" character varying NOT NULL DEFAULT 'light', CONSTRAINT "REL_9f0a1b2c3d" UNIQUE ("userId"), CONSTRAINT "PK_0e1f2a3b4c" PRIMARY KEY ("id"));
ALTER TABLE "user_settings" ADD CONSTRAINT "FK_9f0a1b2c3d" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
