CREATE TABLE audit_events (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload jsonb);
CREATE TRIGGER audit_events_touch BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE PROCEDURE touch();;
