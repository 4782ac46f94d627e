CREATE TABLE events_archive (LIKE events);
ALTER TABLE events_archive INHERIT events;;
