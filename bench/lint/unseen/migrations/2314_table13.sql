DROP TABLE archive_2023;;
