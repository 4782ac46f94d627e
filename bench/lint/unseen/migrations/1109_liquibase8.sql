--liquibase formatted sql

--changeset ivy:15
ALTER TABLE accounts RENAME COLUMN name TO display_name;
