ALTER TABLE users ADD CONSTRAINT users_email_pk PRIMARY KEY (email);;
