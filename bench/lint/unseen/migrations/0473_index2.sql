CREATE TABLE import (id integer);
INSERT INTO import SELECT generate_series(1, 1000);
CREATE INDEX import_id_idx ON import (id);
