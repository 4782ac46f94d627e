alter table if exists orders add column discount_code varchar(255);;
