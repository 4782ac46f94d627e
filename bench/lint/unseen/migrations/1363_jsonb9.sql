CREATE INDEX users_prefs_idx ON users USING gin (prefs jsonb_path_ops);;
