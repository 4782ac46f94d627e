DELETE FROM events WHERE kind = 'k';;
