CREATE TYPE plan_kind17 AS ENUM ('free', 'pro');
ALTER TYPE plan_kind17 ADD VALUE 'team';;
