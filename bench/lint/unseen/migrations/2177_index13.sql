CREATE INDEX users_prefs_gin ON users USING gin (prefs jsonb_path_ops);;
