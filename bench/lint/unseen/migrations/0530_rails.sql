-- UP
DROP TABLE "users";
