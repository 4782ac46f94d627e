-- lockstep:irreversible
-- UP
CREATE TABLE dashboard_widgets (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users (id),
  kind       text NOT NULL,
  config     json NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dashboard_widgets_user_id_idx ON dashboard_widgets (user_id);
ALTER TABLE reports ADD COLUMN filters json;
