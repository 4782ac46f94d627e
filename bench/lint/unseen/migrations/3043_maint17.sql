ALTER TABLE posts CLUSTER ON posts_pkey;;
