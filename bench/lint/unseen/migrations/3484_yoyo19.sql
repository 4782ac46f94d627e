-- depends: 20240105_01_Aa1Bb-newsletter

CREATE TABLE newsletter_subscriptions (
    customer_id bigint PRIMARY KEY REFERENCES customers (id),
    subscribed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO newsletter_subscriptions (customer_id) SELECT id FROM customers WHERE score > 1000;;
