TRUNCATE archive_2023;;
