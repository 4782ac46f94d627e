CREATE INDEX CONCURRENTLY orders_payload_source_idx ON orders ((payload->>'source'));;
