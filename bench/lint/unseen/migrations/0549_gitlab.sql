SET statement_timeout TO 0;
