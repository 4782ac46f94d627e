DROP INDEX IF EXISTS "idx_users_deleted_at";
