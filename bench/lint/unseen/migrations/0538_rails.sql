-- UP
ALTER TABLE "posts" ADD "updated_at" timestamp(6) DEFAULT CURRENT_TIMESTAMP NOT NULL;
