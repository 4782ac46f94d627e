ALTER TABLE events ADD CONSTRAINT events_kind_not_null CHECK (kind IS NOT NULL) NOT VALID;
