ALTER TABLE events ADD COLUMN source_ip inet;;
