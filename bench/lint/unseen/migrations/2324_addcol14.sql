ALTER TABLE "accounts" ADD COLUMN "trial_ends_at" timestamptz;;
