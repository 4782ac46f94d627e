ALTER TABLE users ADD CONSTRAINT users_prefs_is_object CHECK (prefs IS NULL OR jsonb_typeof(prefs) = 'object') NOT VALID;;
