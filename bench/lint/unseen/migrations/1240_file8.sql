ALTER TABLE posts ADD COLUMN draft_body text;
ALTER TABLE posts RENAME COLUMN draft_body TO draft;
