CREATE TEXT SEARCH CONFIGURATION english_simple (COPY = english);
