-- UP
TRUNCATE events;
