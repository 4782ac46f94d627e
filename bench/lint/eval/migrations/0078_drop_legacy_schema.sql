-- lockstep:irreversible
-- UP
-- The 2019 import tables were archived to S3 last quarter.
DROP SCHEMA IF EXISTS legacy CASCADE;
