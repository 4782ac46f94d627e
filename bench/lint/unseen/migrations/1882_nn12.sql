set lock_timeout = '3s';
alter table posts add column pinned boolean not null default false;;
