-- CreateIndex
CREATE INDEX "accounts_name_idx" ON "accounts" USING HASH ("name");
