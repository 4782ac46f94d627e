-- lockstep:irreversible
-- UP
CREATE TABLE tags (
  id         serial PRIMARY KEY,
  name       varchar(64) NOT NULL UNIQUE,
  created_at timestamp NOT NULL DEFAULT now()
);
CREATE TABLE product_tags (
  product_id bigint NOT NULL REFERENCES products (id),
  tag_id     integer NOT NULL REFERENCES tags (id),
  PRIMARY KEY (product_id, tag_id)
);
ALTER TABLE tags ALTER COLUMN name TYPE text;
CREATE INDEX product_tags_tag_id_idx ON product_tags (tag_id);
