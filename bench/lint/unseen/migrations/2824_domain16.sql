ALTER DOMAIN email_address RENAME TO email16;;
