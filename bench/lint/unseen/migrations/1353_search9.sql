ALTER TABLE posts ADD COLUMN search_vector tsvector;;
