--liquibase formatted sql

--changeset bob:3 runInTransaction:false
CREATE INDEX CONCURRENTLY idx_customers_region_name ON customers (region, name);
