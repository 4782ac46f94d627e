DELETE FROM events;
