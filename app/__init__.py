"""A REST API over a searchable news archive."""
