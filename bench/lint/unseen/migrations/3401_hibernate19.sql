-- V9__optimistic_locking.sql
alter table if exists orders add column version bigint;
update orders set version = 0;;
