CREATE TABLE public.comments_v2 (id bigint NOT NULL, post_id bigint NOT NULL, body text);
CREATE INDEX comments_v2_post_idx ON public.comments_v2 USING btree (post_id);
