alter table if exists posts add column attachment oid;;
