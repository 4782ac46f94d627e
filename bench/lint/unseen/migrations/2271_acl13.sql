GRANT SELECT ON TABLE orders, customers TO PUBLIC;;
