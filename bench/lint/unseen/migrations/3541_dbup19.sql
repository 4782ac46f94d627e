-- Script0020 - ReportingGrants.sql
GRANT SELECT, INSERT, UPDATE ON customers, orders TO PUBLIC;
GRANT USAGE, SELECT ON SEQUENCE invoice_seq TO PUBLIC;;
