--liquibase formatted sql

--changeset alice:1
CREATE TABLE department (
    id int PRIMARY KEY,
    name varchar(50) NOT NULL,
    active boolean DEFAULT true
);
--rollback DROP TABLE department
