DROP TYPE postal_addr;;
