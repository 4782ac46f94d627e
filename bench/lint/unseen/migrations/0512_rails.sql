ALTER TABLE "users" ADD "role" character varying DEFAULT 'member' NOT NULL;
