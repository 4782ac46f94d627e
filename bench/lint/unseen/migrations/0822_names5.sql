ALTER TABLE ONLY public.users ADD CONSTRAINT users_email_uq UNIQUE (email);
