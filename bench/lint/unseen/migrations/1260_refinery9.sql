CREATE TABLE cars (
    id int PRIMARY KEY,
    name VARCHAR(255),
    brand VARCHAR(255),
    owner_id BIGINT REFERENCES customers (id)
);;
