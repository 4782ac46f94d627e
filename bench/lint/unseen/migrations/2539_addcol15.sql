ALTER TABLE events ADD COLUMN event_uid bigint PRIMARY KEY;;
