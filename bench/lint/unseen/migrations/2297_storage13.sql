ALTER TABLE events SET (toast_tuple_target = 4080);;
