alter table if exists orders add column paid boolean default false not null;;
