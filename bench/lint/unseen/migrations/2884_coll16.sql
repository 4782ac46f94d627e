CREATE COLLATION "C" (locale = 'C');;
