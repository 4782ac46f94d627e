ALTER TABLE users ADD CONSTRAINT check_users_name_length CHECK (char_length(name) <= 255) NOT VALID;
