CREATE TABLE import_batches (
  id bigserial PRIMARY KEY,
  source text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
) USING heap;;
