INSERT INTO archive_2023 SELECT day, v FROM metrics WHERE day < DATE '2024-01-01';;
