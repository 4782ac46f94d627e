CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room_bookings (
    room_id int NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (room_id WITH =, during WITH &&)
);;
