GRANT UPDATE (name, region) ON customers TO PUBLIC;;
