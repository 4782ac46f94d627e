CREATE TABLE "userPreferences" ("userId" bigint PRIMARY KEY REFERENCES "users" ("id"), "theme" text);;
