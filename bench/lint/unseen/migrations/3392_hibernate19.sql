-- V7__add_audit_columns.sql (hbm2ddl output copied into Flyway)
alter table if exists accounts add column created_by varchar(255);
alter table if exists accounts add column last_modified_by varchar(255);
alter table if exists accounts add column last_modified_date timestamp(6);;
