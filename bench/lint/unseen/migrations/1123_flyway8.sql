CREATE TABLE product (id BIGSERIAL PRIMARY KEY, sku VARCHAR(64) NOT NULL UNIQUE);
CREATE TABLE category (
    id BIGSERIAL PRIMARY KEY,
    parent_id BIGINT REFERENCES category (id),
    name VARCHAR(100) NOT NULL
);

CREATE TABLE product_category (
    product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    category_id BIGINT NOT NULL REFERENCES category (id),
    PRIMARY KEY (product_id, category_id)
);

CREATE INDEX idx_product_category_category ON product_category (category_id);
