CREATE TABLE post_slugs (post_id bigint PRIMARY KEY REFERENCES posts (id), slug text NOT NULL);
CREATE UNIQUE INDEX post_slugs_slug_key ON post_slugs (slug);;
