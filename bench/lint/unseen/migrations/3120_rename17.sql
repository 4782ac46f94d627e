ALTER TABLE posts RENAME TO articles;
CREATE VIEW posts AS SELECT * FROM articles;;
