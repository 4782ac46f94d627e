ALTER TABLE "users" ADD CONSTRAINT "login_count_must_be_non_negative" CHECK (login_count >= 0);
