ALTER TABLE "users" ADD CONSTRAINT "chk_rails_email_length" CHECK (char_length(email) <= 320) NOT VALID;
