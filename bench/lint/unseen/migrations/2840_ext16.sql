CREATE EXTENSION earthdistance;;
