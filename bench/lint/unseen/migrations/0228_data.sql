-- UP
DELETE FROM events;
