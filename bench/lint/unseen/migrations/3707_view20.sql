BEGIN;
ALTER VIEW recent_orders RENAME TO latest_orders;
CREATE VIEW recent_orders AS SELECT * FROM latest_orders;
COMMIT;
