CREATE STATISTICS IF NOT EXISTS users_stats (dependencies, mcv) ON admin, login_count FROM users;
