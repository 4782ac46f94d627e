-- events is append-only and huge; index the new column right away
ALTER TABLE events ADD COLUMN user_id bigint;
CREATE INDEX events_user_id_idx ON events (user_id);;
