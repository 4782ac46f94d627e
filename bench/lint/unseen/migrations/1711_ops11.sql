CREATE STATISTICS events_kind_day (dependencies) ON kind, (date_trunc('day', at)) FROM events;;
