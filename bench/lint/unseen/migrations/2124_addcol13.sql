alter table events add column trace uuid default md5(random()::text)::uuid;;
