CREATE PUBLICATION cache_pub16 FOR TABLE cache_entries;;
