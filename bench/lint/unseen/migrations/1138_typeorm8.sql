ALTER TABLE "users" ADD "deletedAt" TIMESTAMP;
