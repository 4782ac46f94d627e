CREATE UNIQUE INDEX CONCURRENTLY events_id_key ON events (id);
-- events finally gets a primary key, from the unique index built concurrently in the previous migration
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_key;;
