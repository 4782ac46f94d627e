ALTER TABLE users ADD COLUMN _pgroll_new_email varchar(320);
ALTER TABLE users ADD CONSTRAINT _pgroll_check_email_length CHECK (char_length(_pgroll_new_email) <= 320) NOT VALID;;
