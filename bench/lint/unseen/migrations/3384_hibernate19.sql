alter table if exists orders add column version integer not null;;
