CREATE TABLE IF NOT EXISTS "cake" ( "id" serial NOT NULL PRIMARY KEY, "name" varchar NOT NULL );
