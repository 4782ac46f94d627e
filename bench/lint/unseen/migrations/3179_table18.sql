CREATE TABLE shipment_events18 (
  shipment_id bigint NOT NULL REFERENCES shipments (id),
  at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL,
  PRIMARY KEY (shipment_id, at)
) PARTITION BY RANGE (at);
CREATE TABLE shipment_events18_2025 PARTITION OF shipment_events18 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');;
