-- lockstep:irreversible
-- UP
-- Public ids for events, so the API stops exposing sequential ids.
ALTER TABLE events ADD COLUMN external_id uuid NOT NULL DEFAULT gen_random_uuid();
