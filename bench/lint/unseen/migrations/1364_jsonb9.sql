CREATE INDEX CONCURRENTLY users_prefs_theme_idx ON users ((prefs ->> 'theme'));;
