CREATE TABLE documents18 (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER documents18_touch BEFORE UPDATE ON documents18
  FOR EACH ROW EXECUTE FUNCTION touch();;
