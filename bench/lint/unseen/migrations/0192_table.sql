-- UP
VACUUM FULL events;
