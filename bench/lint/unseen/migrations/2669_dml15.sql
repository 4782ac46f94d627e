INSERT INTO users (email, created_at, updated_at) VALUES ('u1@x.io', now(), now());;
