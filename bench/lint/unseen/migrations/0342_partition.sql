-- UP
DROP TABLE logs_default;
