CREATE TABLE documents (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), body text, search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(body, ''))) STORED);
