ALTER TABLE "users" ADD "email_domain" varchar GENERATED ALWAYS AS (split_part("email", '@', 2)) STORED;;
