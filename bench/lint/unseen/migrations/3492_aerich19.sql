CREATE TABLE IF NOT EXISTS "aerich" ("id" SERIAL NOT NULL PRIMARY KEY, "version" VARCHAR(255) NOT NULL, "app" VARCHAR(100) NOT NULL, "content" JSONB NOT NULL);
ALTER TABLE "orders" ADD "channel" VARCHAR(32);
INSERT INTO "aerich" ("version", "app", "content") VALUES ('3_20240601120000_add_channel.py', 'models', '{}'::jsonb);;
