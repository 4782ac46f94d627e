ALTER TABLE "customers" ADD UNIQUE ("region");;
