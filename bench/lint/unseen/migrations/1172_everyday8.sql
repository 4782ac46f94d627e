CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'canceled');
ALTER TYPE subscription_status ADD VALUE 'paused';
