ALTER TABLE "users" ADD "email_domain" character varying GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED;
