ALTER TABLE posts
  ALTER COLUMN body SET NOT NULL, -- every post has a body since the editor change
  ALTER COLUMN views SET DEFAULT 0;;
