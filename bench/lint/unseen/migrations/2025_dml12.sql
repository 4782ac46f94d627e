DELETE FROM events WHERE id > 500;;
