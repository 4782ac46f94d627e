ALTER TABLE archive_2023 INHERIT metrics;;
