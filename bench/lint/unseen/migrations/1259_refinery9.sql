CREATE TABLE persons (id int PRIMARY KEY, name VARCHAR(255), city VARCHAR(255));
ALTER TABLE persons ADD email VARCHAR(255);
CREATE UNIQUE INDEX persons_email_idx ON persons (email);;
