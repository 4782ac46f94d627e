CREATE TABLE import16 (line text);
INSERT INTO import16 VALUES ('a'), ('b');
TRUNCATE TABLE import16;;
