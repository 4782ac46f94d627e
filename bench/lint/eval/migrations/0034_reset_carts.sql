-- lockstep:irreversible
-- UP
TRUNCATE TABLE carts CASCADE;
