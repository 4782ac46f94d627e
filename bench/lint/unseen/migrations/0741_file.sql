COPY users (id, email) TO STDOUT;
