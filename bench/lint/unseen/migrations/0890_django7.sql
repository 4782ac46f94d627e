UPDATE "users" SET "admin" = true WHERE "email" IN ('u1@x.io', 'u2@x.io');
