ALTER TABLE users ADD COLUMN theme text GENERATED ALWAYS AS (prefs ->> 'theme') STORED;;
