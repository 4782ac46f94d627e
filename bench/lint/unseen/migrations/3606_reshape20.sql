ALTER TABLE customers ADD COLUMN __reshape_0007_first_name text, ADD COLUMN __reshape_0007_last_name text;
UPDATE customers
   SET __reshape_0007_first_name = split_part(name, ' ', 1),
       __reshape_0007_last_name = nullif(substr(name, strpos(name, ' ') + 1), name)
 WHERE id BETWEEN 1 AND 200;;
