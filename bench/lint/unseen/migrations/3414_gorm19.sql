CREATE TABLE "user_languages" ("user_id" bigint,"language_id" bigint,PRIMARY KEY ("user_id","language_id"),CONSTRAINT "fk_user_languages_user" FOREIGN KEY ("user_id") REFERENCES "users"("id"));
