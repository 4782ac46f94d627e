alter table only cache_entries add column hits bigint default 0 not null;;
