ALTER TABLE customers ADD COLUMN label text GENERATED ALWAYS AS (name || ' (' || region || ')') STORED;;
