CREATE TABLE IF NOT EXISTS "cake" ( "id" serial NOT NULL PRIMARY KEY, "name" varchar NOT NULL );
CREATE TABLE IF NOT EXISTS "fruit" ( "id" serial NOT NULL PRIMARY KEY, "name" varchar NOT NULL, "cake_id" integer, CONSTRAINT "fk-fruit-cake_id" FOREIGN KEY ("cake_id") REFERENCES "cake" ("id") ON DELETE CASCADE ON UPDATE CASCADE );
