--liquibase formatted sql

--changeset gina:11
CREATE TABLE country (code char(2) PRIMARY KEY, name text NOT NULL);

--changeset gina:12
INSERT INTO country (code, name) VALUES ('DE', 'Germany'), ('FR', 'France');

--changeset gina:13
ALTER TABLE customers ADD COLUMN country_code char(2) REFERENCES country (code);
