"""The YAML files in briefings/: schema, comment-keeping round trip, three-way merge, parse cache, atomic writes."""
