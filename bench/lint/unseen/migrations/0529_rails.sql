-- UP
DROP TABLE "posts";
