ALTER TABLE users DROP COLUMN login_count;;
