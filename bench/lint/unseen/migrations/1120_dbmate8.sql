-- migrate:up
alter table users add column locale text not null default 'en';

-- migrate:down

