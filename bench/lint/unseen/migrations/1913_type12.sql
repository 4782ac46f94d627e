CREATE TABLE page_views (post_id bigint NOT NULL, n integer NOT NULL DEFAULT 0);
ALTER TABLE page_views ALTER COLUMN n TYPE bigint;;
