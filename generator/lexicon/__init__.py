"""Word lists, one definition each: data files in data/ read once (load.py) and the named lists made from them
(months and weekdays, reporting verbs, first names, countries and demonyms); imports no other package."""
