-- UP
DELETE FROM logs;
