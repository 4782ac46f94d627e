CREATE TABLE notification_reads (
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  notification_id bigint NOT NULL,
  read_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, notification_id)
);;
