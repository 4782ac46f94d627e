ALTER TABLE users
  ADD COLUMN last_seen_at timestamptz,
  ADD COLUMN last_seen_ip inet;;
