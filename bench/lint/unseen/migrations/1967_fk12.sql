CREATE TABLE order_notes (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  body text NOT NULL
);;
