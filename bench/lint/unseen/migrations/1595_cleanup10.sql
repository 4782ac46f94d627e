DROP TABLE IF EXISTS order_shipping_backup_2024_03;;
