CREATE DOMAIN short_text AS text;
