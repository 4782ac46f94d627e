CREATE TABLE invitations (
  id bigserial PRIMARY KEY,
  team_id bigint NOT NULL,
  email text NOT NULL,
  invited_by bigint REFERENCES users (id) ON DELETE SET NULL,
  token text NOT NULL UNIQUE,
  accepted_at timestamptz,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days'
);
CREATE UNIQUE INDEX invitations_team_email_pending ON invitations (team_id, lower(email)) WHERE accepted_at IS NULL;;
