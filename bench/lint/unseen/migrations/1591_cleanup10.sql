DROP TABLE users;;
