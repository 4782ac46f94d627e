DELETE FROM events WHERE id = 3;
