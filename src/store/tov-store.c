/* tov-store.c: to be written */
