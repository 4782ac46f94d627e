--liquibase formatted sql

--changeset jo:16
ALTER TABLE orders ALTER COLUMN legacy_code TYPE varchar(64);
