alter table if exists customers add column tier varchar(255) check (tier in ('BRONZE','SILVER','GOLD'));;
