ALTER TABLE events ADD COLUMN kind_upper text GENERATED ALWAYS AS (upper(kind)) STORED;;
