INSERT INTO archive_2023 SELECT day, v FROM metrics;;
