-- +goose Up
-- +goose StatementBegin
CREATE TABLE audit_events18 (
  id bigserial PRIMARY KEY,
  actor_id bigint REFERENCES users (id),
  action text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
-- +goose StatementEnd

-- +goose Down
-- (down is not run)
