CREATE TABLE IF NOT EXISTS "public"."VersionInfo" ("Version" bigint NOT NULL, "AppliedOn" timestamp, "Description" varchar(1024));
ALTER TABLE "public"."customers" ADD "Phone" varchar(32);
INSERT INTO "public"."VersionInfo" ("Version","AppliedOn","Description") VALUES (202405061200,'2024-05-06T12:00:00','AddCustomerPhone');;
