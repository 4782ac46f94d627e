CREATE PUBLICATION events_pub16 FOR TABLE events WITH (publish = 'insert');;
