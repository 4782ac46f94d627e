ALTER TABLE IF EXISTS old_sessions RENAME TO sessions_archive;;
