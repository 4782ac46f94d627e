ALTER TABLE archive_2023 ADD COLUMN loaded_at timestamptz NOT NULL DEFAULT current_timestamp;;
