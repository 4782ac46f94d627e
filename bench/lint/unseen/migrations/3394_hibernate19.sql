drop table if exists cache_entries cascade;;
