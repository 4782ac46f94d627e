-- V15__widen_status.sql
alter table orders alter column status type varchar(32);;
