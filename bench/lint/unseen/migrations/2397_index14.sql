CREATE INDEX CONCURRENTLY orders_payload_gin ON orders USING gin (payload);;
