ALTER TABLE events ADD CONSTRAINT events_no_overlap EXCLUDE USING gist (tstzrange(at, at, '[]') WITH &&);
