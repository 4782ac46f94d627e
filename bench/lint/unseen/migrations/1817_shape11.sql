ALTER TABLE posts ADD COLUMN tags text[];
UPDATE posts SET tags = array_append(tags, 'featured') WHERE id = ANY(ARRAY[3, 5, 8]);;
