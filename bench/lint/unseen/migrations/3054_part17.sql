CREATE TABLE events_p17 (id bigint NOT NULL, kind text, at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_p17_2026 PARTITION OF events_p17 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');;
