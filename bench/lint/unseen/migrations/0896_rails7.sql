ALTER TABLE "posts" ADD "updated_at" timestamp(6) NOT NULL;
