CREATE STATISTICS IF NOT EXISTS posts_stats ON user_id, published FROM posts;;
