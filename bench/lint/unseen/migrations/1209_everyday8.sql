CREATE TABLE notes8 (id bigint PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
ALTER TABLE notes8 ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes8 FORCE ROW LEVEL SECURITY;
CREATE POLICY notes8_owner ON notes8 USING (owner = current_user) WITH CHECK (owner = current_user);
