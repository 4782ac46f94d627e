CREATE TABLE taggings (
  tag_id integer NOT NULL,
  taggable_type text NOT NULL,
  taggable_id bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tag_id, taggable_type, taggable_id)
);
CREATE INDEX taggings_taggable_idx ON taggings (taggable_type, taggable_id);;
