INSERT INTO accounts (id, name) OVERRIDING SYSTEM VALUE VALUES (900000, 'migrated');;
