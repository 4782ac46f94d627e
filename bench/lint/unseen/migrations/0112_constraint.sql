ALTER TABLE events ADD CONSTRAINT events_kind_ok CHECK (kind <> '');
