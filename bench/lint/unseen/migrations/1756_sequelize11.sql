INSERT INTO "accounts" ("name","plan","balance","created_at") VALUES ('Acme','pro',0,'2024-05-01 10:00:00.000 +00:00'),('Globex','free',0,'2024-05-01 10:00:00.000 +00:00');;
