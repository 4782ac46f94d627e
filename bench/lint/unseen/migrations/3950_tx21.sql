BEGIN;
ALTER TABLE posts ADD COLUMN pinned boolean NOT NULL DEFAULT false;
CREATE INDEX CONCURRENTLY posts_pinned_idx21 ON posts (pinned) WHERE pinned;
COMMIT;
