-- Deploy shop:posts_published_idx to pg

BEGIN;

CREATE INDEX posts_published_created_idx ON posts (published, created_at);

COMMIT;
