CREATE TABLE public.comments_v2 (id bigint NOT NULL, post_id bigint NOT NULL, body text);
ALTER TABLE ONLY public.comments_v2 ADD CONSTRAINT comments_v2_post_fk FOREIGN KEY (post_id) REFERENCES public.posts(id);
