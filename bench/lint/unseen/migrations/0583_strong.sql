CREATE TABLE gadgets (id serial PRIMARY KEY, label varchar(40) NOT NULL);
