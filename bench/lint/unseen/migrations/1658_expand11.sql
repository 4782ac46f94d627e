CREATE ROLE app11 NOLOGIN;
-- pgroll start: a versioned schema whose view exposes title as headline
CREATE SCHEMA IF NOT EXISTS "public_03_rename_title";
CREATE OR REPLACE VIEW "public_03_rename_title"."posts" AS
  SELECT "id", "user_id", "title" AS "headline", "body", "published", "views", "created_at" FROM "public"."posts";
GRANT USAGE ON SCHEMA "public_03_rename_title" TO app11;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "public_03_rename_title" TO app11;;
