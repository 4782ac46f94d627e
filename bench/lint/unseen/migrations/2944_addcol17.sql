ALTER TABLE shipments ADD COLUMN weight_grams integer NULL;;
