ALTER TABLE posts ADD COLUMN search_vector tsvector;
CREATE INDEX posts_search_vector_idx ON posts USING gin (search_vector);;
