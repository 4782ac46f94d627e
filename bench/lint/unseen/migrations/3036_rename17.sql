ALTER TABLE archive_2023 RENAME TO archive_2023_old;;
