-- UP
RESET statement_timeout;
