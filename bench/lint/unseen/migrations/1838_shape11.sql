CREATE TABLE events_2023 (id bigint, kind text);
ALTER TABLE events_2023 INHERIT events;;
