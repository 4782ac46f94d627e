CREATE COLLATION german16 (provider = icu, locale = 'de-DE');;
