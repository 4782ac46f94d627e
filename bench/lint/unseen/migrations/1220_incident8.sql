ALTER TABLE logs RENAME TO app_logs;
