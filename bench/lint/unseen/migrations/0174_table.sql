-- UP
DROP TABLE events;
