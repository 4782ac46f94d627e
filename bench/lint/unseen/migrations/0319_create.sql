CREATE TABLE measurements (id bigint GENERATED ALWAYS AS IDENTITY, taken_on date NOT NULL, reading double precision, PRIMARY KEY (id, taken_on)) PARTITION BY RANGE (taken_on);
