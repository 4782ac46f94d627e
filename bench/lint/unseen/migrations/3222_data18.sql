INSERT INTO posts (user_id, title, created_at) VALUES (1, 'Welcome to the new editor', now());;
