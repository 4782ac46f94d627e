INSERT INTO archive_2023 (day, v) SELECT day, v FROM metrics;;
