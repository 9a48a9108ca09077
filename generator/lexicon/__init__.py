"""Word lists as plain data (reporting verbs, first names, countries and demonyms); imports no other package."""
