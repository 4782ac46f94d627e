BEGIN;
--
-- Create index users_email_upper_idx on Upper(F(email)) on model user
--
CREATE INDEX "users_email_upper_idx" ON "users" ((UPPER("email")));
COMMIT;
