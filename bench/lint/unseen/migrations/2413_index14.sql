CREATE INDEX CONCURRENTLY "idx_users_prefs_theme" ON "users" ((prefs ->> 'theme'));;
