ALTER TABLE "users" ADD "role" character varying NOT NULL DEFAULT 'user';
