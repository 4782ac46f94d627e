ALTER TABLE "posts" ADD CONSTRAINT "views_gte_0" CHECK ("views" >= 0);
