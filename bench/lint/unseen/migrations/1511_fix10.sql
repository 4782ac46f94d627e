UPDATE events SET kind = 'unknown' WHERE kind IS NULL OR kind = '';;
