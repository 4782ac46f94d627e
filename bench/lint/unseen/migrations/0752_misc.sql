-- UP
GRANT UPDATE (name) ON users TO PUBLIC;
