SET lock_timeout = '2s';
ALTER TABLE events ADD CONSTRAINT events_kind_present CHECK (kind IS NOT NULL) NOT VALID;;
