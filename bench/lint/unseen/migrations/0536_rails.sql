DROP TABLE IF EXISTS "posts" CASCADE;
CREATE TABLE "posts" ("id" bigserial primary key, "title" character varying NOT NULL);
