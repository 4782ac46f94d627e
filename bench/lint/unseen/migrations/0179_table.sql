ALTER TABLE events RENAME TO event_log;
