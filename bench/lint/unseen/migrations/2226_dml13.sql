INSERT INTO archive_2023 (day, v) SELECT day, v FROM metrics WHERE day < DATE '2024-02-01';;
