CREATE EXTENSION IF NOT EXISTS moddatetime;
CREATE TRIGGER users_moddatetime BEFORE UPDATE ON users FOR EACH ROW EXECUTE PROCEDURE moddatetime (updated_at);;
