ALTER TABLE "users" ADD "last_sign_in_at" timestamp(6);;
