CREATE TABLE public.comments_v2 (id bigint NOT NULL, post_id bigint NOT NULL, body text);
