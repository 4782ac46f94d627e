CREATE TABLE labels (id integer PRIMARY KEY, name text NOT NULL COLLATE "C", colour text NOT NULL DEFAULT 'grey' CHECK (colour IN ('grey', 'red', 'green')));
