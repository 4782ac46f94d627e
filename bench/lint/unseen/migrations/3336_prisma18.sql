-- CreateIndex
CREATE UNIQUE INDEX "accounts_name_key" ON "accounts"("name");;
