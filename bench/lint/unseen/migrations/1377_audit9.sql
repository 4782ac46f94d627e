ALTER TABLE posts ADD COLUMN deleted_at timestamptz;
CREATE RULE posts_soft_delete AS ON DELETE TO posts DO INSTEAD UPDATE posts SET deleted_at = now() WHERE id = OLD.id;;
