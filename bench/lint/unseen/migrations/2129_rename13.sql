ALTER TABLE IF EXISTS legacy_sessions RENAME TO legacy_sessions_old;;
