ALTER TABLE "users" ADD "meta" json;
