ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_title_key UNIQUE (title);;
