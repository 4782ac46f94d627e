alter table if exists orders add column version bigint;;
