CREATE INDEX CONCURRENTLY posts_title_gist ON posts USING gist (to_tsvector('simple', title));;
