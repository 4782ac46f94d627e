INSERT INTO posts (user_id, title, created_at) VALUES (999999, 'orphan', now());;
