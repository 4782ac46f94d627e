DROP TABLE logs_default;
