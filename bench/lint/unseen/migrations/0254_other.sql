-- UP
CREATE SCHEMA reporting;
