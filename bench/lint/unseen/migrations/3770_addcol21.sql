ALTER TABLE sales ADD COLUMN sold_at timestamptz DEFAULT now() - interval '1 day';;
