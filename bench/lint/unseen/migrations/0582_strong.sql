CREATE TABLE widgets (id integer PRIMARY KEY, name char(10), created timestamp);
