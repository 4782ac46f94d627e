CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER reporting_db16 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'reporting.internal', dbname 'reports');;
