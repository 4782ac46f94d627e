ALTER TABLE "users" ADD "tags" character varying[] DEFAULT '{}';
