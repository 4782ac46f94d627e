CREATE TABLE shipments_audit18 (
  id bigserial PRIMARY KEY,
  shipment_id bigint NOT NULL,
  old_state text,
  new_state text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON shipments_audit18 (shipment_id);;
