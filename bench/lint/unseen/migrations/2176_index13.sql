CREATE INDEX CONCURRENTLY users_prefs_gin ON users USING gin (prefs);;
