ALTER TABLE posts ADD COLUMN uuid uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY;;
