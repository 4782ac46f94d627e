BEGIN;
ALTER TABLE users ADD CONSTRAINT _pgroll_check_not_null_name CHECK (name IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT _pgroll_check_not_null_name;
COMMIT;
