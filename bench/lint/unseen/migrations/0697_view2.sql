-- UP
GRANT SELECT ON order_totals TO PUBLIC;
