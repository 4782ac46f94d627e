CREATE TABLE persons (
    id int PRIMARY KEY,
    name VARCHAR(255),
    city VARCHAR(255)
);;
