ALTER TABLE "accounts" ADD "trialEndsAt" TIMESTAMP;
