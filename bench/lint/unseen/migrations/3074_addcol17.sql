ALTER TABLE events ADD COLUMN payload jsonb NOT NULL DEFAULT jsonb_build_object('v', 1);;
