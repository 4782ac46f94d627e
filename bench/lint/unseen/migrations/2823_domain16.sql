DROP DOMAIN email_address CASCADE;;
