CREATE TABLE import_users (email text, name text);
INSERT INTO import_users VALUES ('new1@x.io', 'New One');
INSERT INTO users (email, name, created_at, updated_at) SELECT email, name, now(), now() FROM import_users;
DROP TABLE import_users;;
