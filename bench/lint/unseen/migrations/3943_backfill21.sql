INSERT INTO events (id, kind, at) SELECT id, 'copy', at FROM events WHERE id <= 10;;
