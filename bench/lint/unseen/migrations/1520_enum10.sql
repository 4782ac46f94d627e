DROP TYPE IF EXISTS order_status_old;;
