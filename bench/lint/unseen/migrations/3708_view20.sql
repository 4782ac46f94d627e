ALTER TABLE posts RENAME TO articles;
CREATE VIEW posts AS SELECT id, user_id, title, body FROM articles WHERE published;;
