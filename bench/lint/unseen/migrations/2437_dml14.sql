DELETE FROM events WHERE at < now() - interval '90 days';;
