ALTER TABLE posts ADD COLUMN search_vector tsvector;
UPDATE posts SET search_vector = to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''));;
