CREATE TABLE IF NOT EXISTS "cake" ( "id" serial NOT NULL PRIMARY KEY, "name" varchar NOT NULL );
CREATE UNIQUE INDEX IF NOT EXISTS "idx-cake-name" ON "cake" ("name");
