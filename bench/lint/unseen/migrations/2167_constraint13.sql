ALTER TABLE events ADD CONSTRAINT events_at_not_future CHECK (at <= now());;
