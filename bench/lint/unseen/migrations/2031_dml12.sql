DELETE FROM events
 WHERE ctid IN (SELECT ctid FROM events WHERE at < now() - interval '90 days' LIMIT 1000);;
