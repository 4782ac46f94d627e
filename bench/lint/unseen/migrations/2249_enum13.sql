CREATE TYPE payment_method AS ENUM ('card', 'sepa', 'invoice');;
