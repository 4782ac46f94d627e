ALTER TABLE accounts ADD COLUMN billing_period daterange DEFAULT daterange(current_date, NULL);;
