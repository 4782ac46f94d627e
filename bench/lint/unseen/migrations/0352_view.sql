-- UP
GRANT SELECT ON recent_orders TO PUBLIC;
