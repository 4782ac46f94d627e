GRANT SELECT (id, status) ON orders TO PUBLIC;
