CREATE TABLE webhook_events (
    id bigserial PRIMARY KEY,
    source text NOT NULL,
    payload jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_events_payload_idx ON webhook_events USING gin (payload);
CREATE INDEX webhook_events_type_idx ON webhook_events ((payload ->> 'type'));;
