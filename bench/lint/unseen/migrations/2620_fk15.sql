ALTER TABLE posts ADD CONSTRAINT posts_user_customer_fk FOREIGN KEY (user_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE posts VALIDATE CONSTRAINT posts_user_customer_fk;;
