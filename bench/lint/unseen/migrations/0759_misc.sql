CREATE PUBLICATION app_pub FOR TABLE users, posts;
