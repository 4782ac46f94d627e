--liquibase formatted sql

--changeset hank:14
ALTER TABLE customers DROP COLUMN notes;
