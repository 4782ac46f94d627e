DROP SCHEMA IF EXISTS no_such_schema;
