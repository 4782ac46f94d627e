DROP TABLE shipments;;
