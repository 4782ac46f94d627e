CREATE TABLE posts_2019 () INHERITS (posts);;
