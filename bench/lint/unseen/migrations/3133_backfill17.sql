UPDATE cache_entries SET value = upper(value);;
