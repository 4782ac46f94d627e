DELETE FROM events WHERE at < now() - interval '30 days';;
