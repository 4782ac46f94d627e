alter table if exists shipments add column status varchar(255) not null default 'NEW' check (status in ('NEW','SHIPPED','DELIVERED'));;
