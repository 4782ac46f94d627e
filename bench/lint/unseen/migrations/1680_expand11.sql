ALTER TABLE posts ADD CONSTRAINT _pgroll_check_not_null_body CHECK (body IS NOT NULL) NOT VALID;;
