CREATE TABLE room_availability (
  room integer PRIMARY KEY,
  free tstzmultirange NOT NULL DEFAULT '{}'
);;
