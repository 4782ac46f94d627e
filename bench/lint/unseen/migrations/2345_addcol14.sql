ALTER TABLE events ADD COLUMN amount money;;
